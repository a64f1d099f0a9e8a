// The tables of general cues, each a way of arguing kept in its own file, in the order
// general-cues.ts has always tried them (the order its reasons are listed in).
import { ALARM_CUES } from './alarm-cues.ts';
import { ANALOGY_CUES } from './analogy-cues.ts';
import { APPROVAL_CUES } from './approval-cues.ts';
import { BARGAIN_CUES } from './bargain-cues.ts';
import { CHANNEL_CUES } from './channel-cues.ts';
import { COURSE_CUES } from './course-cues.ts';
import { CRITICS_CUES } from './critics-cues.ts';
import { DISTRUST_CUES } from './distrust-cues.ts';
import { DOUBT_CUES } from './doubt-cues.ts';
import { ENDORSEMENT_CUES } from './endorsement-cues.ts';
import { ENGAGEMENT_CUES } from './engagement-cues.ts';
import { HOLLOW_CUES } from './hollow-cues.ts';
import { IDIOM_CUES } from './idiom-cues.ts';
import { MISGIVING_CUES } from './misgiving-cues.ts';
import { OUTCOME_CUES } from './outcome-cues.ts';
import { PARODY_CUES } from './parody-cues.ts';
import { PESSIMIST_CUES } from './pessimist-cues.ts';
import { PRAGMATIST_CUES } from './pragmatist-cues.ts';
import { PRUDENCE_CUES } from './prudence-cues.ts';
import { QUESTION_CUES } from './question-cues.ts';
import { REALIST_CUES } from './realist-cues.ts';
import { REBUFF_CUES } from './rebuff-cues.ts';
import { REFUSAL_CUES } from './refusal-cues.ts';
import { RECORD_CUES } from './record-cues.ts';
import { RELATIONS_CUES } from './relations-cues.ts';
import { RETORT_CUES } from './retort-cues.ts';
import { RHETORIC_CUES } from './rhetoric-cues.ts';
import { SCEPTIC_CUES } from './sceptic-cues.ts';
import { SCOFF_CUES } from './scoff-cues.ts';
import { STAKES_CUES } from './stakes-cues.ts';
import { SUSPICION_CUES } from './suspicion-cues.ts';
import { THAW_CUES } from './thaw-cues.ts';
import { TRADEOFF_CUES } from './tradeoff-cues.ts';
import { VERDICT_CUES } from './verdict-cues.ts';
import { WARINESS_CUES } from './wariness-cues.ts';
import type { GeneralCue } from './general-cues.ts';

export const CUE_TABLES: readonly GeneralCue[] = [
  ...RELATIONS_CUES,
  ...VERDICT_CUES,
  ...ENGAGEMENT_CUES,
  ...DISTRUST_CUES,
  ...IDIOM_CUES,
  ...OUTCOME_CUES,
  ...BARGAIN_CUES,
  ...CRITICS_CUES,
  ...RHETORIC_CUES,
  ...APPROVAL_CUES,
  ...DOUBT_CUES,
  ...REALIST_CUES,
  ...MISGIVING_CUES,
  ...PRAGMATIST_CUES,
  ...SCEPTIC_CUES,
  ...THAW_CUES,
  ...WARINESS_CUES,
  ...SCOFF_CUES,
  ...ANALOGY_CUES,
  ...QUESTION_CUES,
  ...STAKES_CUES,
  ...REBUFF_CUES,
  ...ENDORSEMENT_CUES,
  ...TRADEOFF_CUES,
  ...RETORT_CUES,
  ...RECORD_CUES,
  ...HOLLOW_CUES,
  ...PARODY_CUES,
  ...PRUDENCE_CUES,
  ...SUSPICION_CUES,
  ...COURSE_CUES,
  ...ALARM_CUES,
  ...PESSIMIST_CUES,
  ...CHANNEL_CUES,
  ...REFUSAL_CUES,
];
