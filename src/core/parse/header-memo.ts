import { headerShape, type HeaderShape } from './header-shape.ts';
import { scoreHeader, type HeaderContext } from './score-header.ts';

/**
 * headerShape and scoreHeader remembered per header line for one dump: a writer's header repeats
 * on each of their comments (a generated 30,000-comment dump has 4,385 distinct ones), and scoring
 * one splits its words and runs regular expressions over them.
 */
export class HeaderMemo {
  private readonly shapes = new Map<string, HeaderShape | null>();
  /** Per shape, its score in each of the 16 contexts, by contextKey. */
  private readonly scores = new Map<HeaderShape, number[]>();

  shape(line: string): HeaderShape | null {
    let shape = this.shapes.get(line);
    if (shape === undefined) {
      shape = headerShape(line);
      this.shapes.set(line, shape);
    }
    return shape;
  }

  score(shape: HeaderShape, context: HeaderContext): number {
    let byContext = this.scores.get(shape);
    if (byContext === undefined) {
      byContext = [];
      this.scores.set(shape, byContext);
    }
    return (byContext[contextKey(context)] ??= scoreHeader(shape, context));
  }
}

function contextKey(context: HeaderContext): number {
  return (
    (context.afterBlank ? 1 : 0) +
    (context.afterHeader ? 2 : 0) +
    (context.indented ? 4 : 0) +
    (context.knownAuthor ? 8 : 0)
  );
}
