import type { Core } from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import { cytoscape } from '../../core/layout';

cytoscape.use(svgExtension);

declare module 'cytoscape' {
  interface Core {
    /** Added by cytoscape-svg: the drawing as SVG text. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}

/** Hands a file to the browser as a download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The whole drawing (not only what is in view) on white, PNG at twice the screen's resolution. */
export function drawingAs(cy: Core, format: 'png' | 'svg'): Blob {
  if (format === 'png') return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  return new Blob([cy.svg({ full: true, bg: '#ffffff' })], { type: 'image/svg+xml;charset=utf-8' });
}
