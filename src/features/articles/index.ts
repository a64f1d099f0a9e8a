// The articles feature's public face: other features and the app import it from here only.
export * from './ArticleHeader.tsx';
export * from './ArticleSwitcher.tsx';
