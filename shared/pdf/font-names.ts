import type { jsPDF } from 'jspdf';
import { FONT_FAMILY } from './pdf-theme';

/*
 * jsPDF names every embedded font after the family it was registered under, so the regular and the
 * bold face both went out as "DejaVuSans", with no subset prefix and StemV 0, and print workflows that
 * cache fonts by name could swap one for the other (#18). Just before output, each face gets its own
 * PostScript name behind a subset tag (ISO 32000-1 §9.6.4: six capitals and "+") and descriptor values
 * in the 1000-unit glyph space the PDF expects.
 */

interface EmbeddedTtf {
  glyIdsUsed: number[];
  scaleFactor: number;
  stemV: number;
  capHeight: number;
  os2: { exists: boolean; weightClass?: number; capHeight?: number };
  name?: { postscriptName?: string };
}

interface EmbeddedFont {
  fontName: string;
  metadata?: EmbeddedTtf;
}

/** Six capitals from the glyphs the subset holds: the same subset always gets the same tag. */
export function subsetTag(glyphIds: readonly number[], salt: string): string {
  let hash = 0x811c9dc5;
  const mix = (n: number) => {
    hash ^= n & 0xff;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  for (const c of salt) mix(c.charCodeAt(0));
  for (const id of [...glyphIds].sort((a, b) => a - b)) {
    mix(id);
    mix(id >> 8);
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.imul(hash ^ (hash >>> 13), 0x5bd1e995) >>> 0;
  }
  return tag;
}

/** The vertical stem width a renderer expects for a weight class, as PDF libraries estimate it. */
export const stemVForWeight = (weightClass: number): number => Math.round(10 + (220 * (weightClass - 50)) / 900);

export function nameEmbeddedFonts(doc: jsPDF): void {
  for (const style of ['normal', 'bold'] as const) {
    const font = (doc.internal as unknown as { getFont(name: string, style: string): EmbeddedFont }).getFont(FONT_FAMILY, style);
    const ttf = font.metadata;
    if (!ttf || font.fontName.includes('+')) continue;
    const base = ttf.name?.postscriptName?.replace(/[^A-Za-z0-9-]/g, '') || `${FONT_FAMILY}${style === 'bold' ? '-Bold' : ''}`;
    font.fontName = `${subsetTag(ttf.glyIdsUsed, base)}+${base}`;
    ttf.stemV = stemVForWeight(ttf.os2.exists && ttf.os2.weightClass ? ttf.os2.weightClass : style === 'bold' ? 700 : 400);
    // jsPDF scales the ascender but takes the OS/2 cap height in font units (1493 of 2048 for DejaVu).
    if (ttf.os2.exists && ttf.os2.capHeight) ttf.capHeight = Math.round(ttf.os2.capHeight * ttf.scaleFactor);
  }
}
