import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('English roads, crossings and towns joined by hyphens', () => {
  it('keeps a middle initial inside a bridge named after someone', () => {
    const draft = parseClip('Bridge shut\n\nTraffic was stopped on the Harold T. Vance Bridge for two hours.');
    expect(draft.places).toContain('Harold T. Vance Bridge');
    expect(draft.places).not.toContain('Harold T');
  });

  it('reads a numbered highway, a street named after a body and a college on its road apart', () => {
    const draft = parseClip(
      'Roads closed\n\nHighway 12 is closed near Union Road. Students at Pellham College on Mill Road were sent home.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Highway 12', 'Union Road', 'Mill Road']));
    expect(draft.organizations).toContain('Pellham College');
    expect(draft.organizations).not.toContain('Union Road');
  });

  it("keeps a saint's possessive inside a street's name, and reads towns joined by -on- and -upon- whole", () => {
    const draft = parseClip(
      "Flood warning\n\nWater covered St Agnes's Avenue. Homes in Wellby-on-Lune and Harton-upon-Severn were empty. Boats were tied up at Carrow Dock.",
    );
    expect(draft.places).toEqual(expect.arrayContaining(["St Agnes's Avenue", 'Wellby-on-Lune', 'Harton-upon-Severn', 'Carrow Dock']));
  });
});
