/**
 * Headless rendering of Vega-Lite specs: compile to Vega, render SVG without a browser, rasterise to
 * PNG with resvg. No file access here: font files are passed in by the caller (the edge).
 */
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { VegaLiteSpec } from './charts.js';

export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const vg = compile(spec as unknown as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(vg), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export interface PngOptions {
  /** Font files to load (e.g. DejaVuSans.ttf); without them resvg falls back to system fonts. */
  fontFiles?: string[];
  /** Pixel scale (default 2 for crisp images). */
  scale?: number;
}

function options(opts: PngOptions): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: opts.scale ?? 2 },
    background: 'white',
    font: { fontFiles: opts.fontFiles ?? [], loadSystemFonts: !opts.fontFiles?.length, defaultFontFamily: 'DejaVu Sans' },
  };
}

export function svgToPng(svg: string, opts: PngOptions = {}): Buffer {
  return Buffer.from(new Resvg(svg, options(opts)).render().asPng());
}

/** Rasterise on libuv's thread pool, so that several charts render while the next SVG is built. */
export async function svgToPngAsync(svg: string, opts: PngOptions = {}): Promise<Buffer> {
  return Buffer.from((await renderAsync(svg, options(opts))).asPng());
}
