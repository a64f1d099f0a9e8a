import type { Ref } from 'react';
import type { Row } from '../../core/view/view-types.ts';
import { CommentActions, FootButton } from './CommentActions.tsx';
import { CommentBody } from './CommentBody.tsx';
import { FoldButton, FoldedSummary } from './FoldButton.tsx';
import { formatLocation } from './format-location.ts';
import { GuideLines, INDENT_REM, indentLevels } from './GuideLines.tsx';
import { InferredMark } from './InferredMark.tsx';
import { useThreadContext } from './thread-context.ts';
import { Highlighted } from '../search/index.ts';
import { commentKey } from '../../core/article/comment-key.ts';
import { DumpText } from '../../shared/text/DumpText.tsx';
import { normalizeAuthor } from '../../core/article/normalize-author.ts';

type CommentRow = Extract<Row, { kind: 'comment' }>;

/** One comment as the page contract of LINKS.md wants it: `<article id="c-ID">` named by its author. */
export function CommentItem({
  row,
  index,
  measureRef,
}: {
  row: CommentRow;
  index: number;
  measureRef?: Ref<HTMLElement>;
}) {
  const ctx = useThreadContext();
  const article = ctx.articles.get(row.slug);
  const comment = article?.byId.get(row.id);
  if (article === undefined || comment === undefined) return null;
  const authorId = `author-${row.slug}-${row.id}`;
  const location = formatLocation(comment.location);
  const current = ctx.currentKey === row.key;
  const terms = ctx.termsOf(row.key);
  const muted = comment.author !== null && ctx.isMuted(comment.author);
  const mutedWord = muted ? null : ctx.mutedWordOf(row.key);
  // The byline's author answering readers is worth seeing at a glance, as on Disqus and Discourse.
  const byline = article.doc.article.byline;
  const isArticleAuthor =
    byline !== null &&
    comment.author !== null &&
    normalizeAuthor(byline) === normalizeAuthor(comment.author);
  const inThread = article.descendantCount.get(row.id) ?? 0;
  const parentId = comment.parentId;
  const parentName = parentId === null ? null : (article.byId.get(parentId)?.author ?? 'Anonymous');
  return (
    <article
      id={`c-${row.id}`}
      ref={measureRef}
      data-index={index}
      data-key={row.key}
      aria-labelledby={authorId}
      aria-current={current ? 'true' : undefined}
      tabIndex={-1}
      onFocus={() => ctx.onActivate(row.key)}
      className={[
        'relative scroll-mt-24 pr-2 outline-none focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-inset dark:focus-visible:ring-sky-400',
        // A folded comment is one quiet line, as on Reddit and Hacker News.
        row.collapsed ? 'py-1' : 'py-3',
        current ? 'bg-amber-50 dark:bg-amber-950/40' : '',
        // A thin rule between top-level threads; replies flow on under their guide lines.
        row.depth === 0 ? 'border-t border-slate-200 dark:border-slate-700/70' : '',
        row.dimmed ? 'text-slate-600 dark:text-slate-400' : 'text-slate-900 dark:text-slate-100',
      ].join(' ')}
      style={{ paddingLeft: `${indentLevels(row.depth) * INDENT_REM + 0.75}rem` }}
    >
      <GuideLines
        article={article}
        id={row.id}
        depth={row.depth}
        onCollapse={(ancestorId) => ctx.onCollapseAncestor(commentKey(row.slug, ancestorId))}
      />
      {current && (
        <span className="absolute inset-y-1 left-0 w-1 rounded bg-amber-500" aria-hidden="true" />
      )}
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <FoldButton
          folded={row.collapsed}
          name={comment.author ?? 'Anonymous'}
          onToggle={() => ctx.onToggle(row.key)}
        />
        {comment.author === null ? (
          <span id={authorId} className="font-semibold">
            Anonymous
          </span>
        ) : (
          <button
            type="button"
            id={authorId}
            className="min-h-6 min-w-6 font-semibold hover:underline focus-visible:underline"
            onClick={() => ctx.onAuthor(comment.author ?? '')}
          >
            <bdi className="wrap-anywhere">
              <HighlightedName name={comment.author} terms={terms} />
            </bdi>
          </button>
        )}
        {isArticleAuthor && (
          <span className="text-xs font-medium text-sky-800 dark:text-sky-300">article author</span>
        )}
        {location !== null && (
          <span className="min-w-0 text-slate-600 dark:text-slate-400">
            <DumpText>{location}</DumpText>
          </span>
        )}
        {row.dimmed && (
          <span className="text-xs text-slate-600 italic dark:text-slate-400">context</span>
        )}
        {row.collapsed ? (
          <FoldedSummary
            direct={row.replyCount}
            inThread={inThread}
            hidden={row.hiddenCount}
            body={muted || mutedWord !== null ? '' : comment.body}
          />
        ) : (
          <>
            {comment.reply?.inferred === true && <InferredMark reply={comment.reply} />}
            {ctx.renderStance(row.key, comment.stance, comment, article.stancesPending === true)}
          </>
        )}
      </header>
      {row.collapsed ? null : muted ? (
        <p className="mt-1 text-sm text-slate-600 italic dark:text-slate-400">
          You muted this commenter.{' '}
          <FootButton onClick={() => ctx.onUnmute(comment.author ?? '')} className="not-italic">
            Unmute <bdi>{comment.author}</bdi>
          </FootButton>
        </p>
      ) : mutedWord !== null ? (
        <p className="mt-1 text-sm text-slate-600 italic dark:text-slate-400">
          Hidden: it mentions “<bdi>{mutedWord}</bdi>”, which you muted.{' '}
          <FootButton onClick={() => ctx.onUnmuteWord(mutedWord)} className="not-italic">
            Unmute “<bdi>{mutedWord}</bdi>”
          </FootButton>
        </p>
      ) : (
        <div className="mt-1">
          <CommentBody body={comment.body} terms={terms} />
        </div>
      )}
      {!row.collapsed && (
        <CommentActions row={row} author={comment.author} parentName={parentName} muted={muted} />
      )}
    </article>
  );
}

function HighlightedName({ name, terms }: { name: string; terms: readonly string[] }) {
  return terms.length === 0 ? <>{name}</> : <Highlighted text={name} terms={terms} />;
}
