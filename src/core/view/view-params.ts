/** The link parameters LINKS.md defines. */
export type Param =
  | 'article'
  | 'q'
  | 'stance'
  | 'loc'
  | 'author'
  | 'thread'
  | 'comment'
  | 'view'
  | 'compare'
  | 'sort';
/** The fixed order `buildViewUrl` writes parameters in. */
export const VIEW_PARAMS: readonly Param[] = [
  'article',
  'q',
  'stance',
  'loc',
  'author',
  'thread',
  'comment',
  'view',
  'compare',
  'sort',
];

export function isParam(name: string): name is Param {
  return (VIEW_PARAMS as readonly string[]).includes(name);
}
