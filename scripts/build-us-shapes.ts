// `npm run us-shapes`: the US map's state outlines, projected once here rather than in every
// reader's browser (projecting took about 100–150 ms of the first Stats view that drew the map at
// 50,000 comments, and d3-geo's code and the topology outweighed the outlines it drew).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoAlbersUsa, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import statesTopology from 'us-atlas/states-10m.json' with { type: 'json' };

/** The map's size in its own units (UsMap's viewBox). */
export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;
/**
 * Outlines are written at this many times the map's units, in whole numbers: half a unit is finer
 * than a pixel of the widest map drawn (about 850 px for 975 units), and whole numbers keep the
 * file small (38.4 KB gzip; one decimal at 1× was 55.8 KB, whole numbers at 1× 28.8 KB but
 * coarser than a pixel).
 */
export const SHAPE_SCALE = 2;
/** About a 40 × 30 box in map units: Connecticut and smaller get no written count. */
const MIN_LABEL_AREA = 1200;

export interface StateShape {
  readonly name: string;
  /** SVG path data, in map units × SHAPE_SCALE. */
  readonly d: string;
  /** Where its count is written (map units), or null for a state too small to hold it. */
  readonly label: readonly [number, number] | null;
}

/** The states geoAlbersUsa draws (50 and DC; the territories it leaves out drop away), as JSON. */
export function buildUsShapes(): string {
  const topology = statesTopology as unknown as Topology<{
    states: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.states);
  const projection = geoAlbersUsa().fitSize([MAP_WIDTH, MAP_HEIGHT], collection);
  const path = geoPath(projection);
  const scaled = geoPath(
    geoAlbersUsa().fitSize([MAP_WIDTH * SHAPE_SCALE, MAP_HEIGHT * SHAPE_SCALE], collection),
  ).digits(0);
  const shapes: StateShape[] = collection.features.flatMap((f) => {
    const d = scaled(f);
    if (d === null || d === '' || f.properties === null) return [];
    const [x, y] = path.centroid(f);
    const label =
      path.area(f) >= MIN_LABEL_AREA && Number.isFinite(x)
        ? ([Math.round(x), Math.round(y)] as const)
        : null;
    return [{ name: f.properties.name, d, label }];
  });
  return `${JSON.stringify(shapes)}\n`;
}

export const US_SHAPES_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '../src/shared/charts/data/us-state-shapes.json',
);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = buildUsShapes();
  mkdirSync(dirname(US_SHAPES_PATH), { recursive: true });
  writeFileSync(US_SHAPES_PATH, json);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`wrote ${US_SHAPES_PATH}: ${kb(json.length)} raw, ${kb(gzipSync(json).length)} gzip`);
}
