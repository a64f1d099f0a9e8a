import type { ArticleTree } from '../article/article-index.ts';
import type { TreeColumnsBuilder } from './tree-columns-builder.ts';

/**
 * Each tree's columns builder, keyed by its comment map, which the worker's tree and every index
 * named from it share. Apart from article-columns.ts so that shareColumns, which only a big flat
 * dump's threads need, stays out of the first-view bundle (it has no bytes to spare).
 */
export const columnBuilders = new WeakMap<ArticleTree['byId'], TreeColumnsBuilder>();
