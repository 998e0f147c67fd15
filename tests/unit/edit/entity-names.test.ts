import { describe, expect, it } from 'vitest';
import { newNameRefusal, restoreClipNames, rewriteClipNames, type ClipNames } from '../../../electron/shared/organise/entity-names.js';

const clip = (names: Partial<ClipNames>): ClipNames => ({ people: [], places: [], organizations: [], quotes: [], ...names });

describe('a name changed in one clip', () => {
  it('gives every spelling of the name the new one, once, where the first stood', () => {
    const before = clip({ people: ['Ada Sorn', 'josh apte', 'Josh  Apte', 'Joshua Apté'] });
    const out = rewriteClipNames(before, { kind: 'person', name: 'Josh Apte', to: { kind: 'person', name: 'Joshua Apte' } });
    expect(out?.patch).toEqual({ people: ['Ada Sorn', 'Joshua Apte'] });
    expect(out?.undo).toEqual({ names: { people: before.people }, speakers: [] });
  });

  it('fixes the case of a name in every spelling', () => {
    const out = rewriteClipNames(clip({ people: ['JOSH APTE', 'Ada Sorn'] }), {
      kind: 'person',
      name: 'JOSH APTE',
      to: { kind: 'person', name: 'Josh Apte' },
    });
    expect(out?.patch).toEqual({ people: ['Josh Apte', 'Ada Sorn'] });
  });

  it('renames a person as the speaker of their quotes, and puts the speakers back', () => {
    const quotes = [
      { speaker: 'Josh Apte', text: 'Yes.' },
      { speaker: 'Ada Sorn', text: 'No.' },
      { speaker: 'josh apte', text: 'Maybe.' },
    ];
    const before = clip({ people: ['Josh Apte'], quotes });
    const out = rewriteClipNames(before, { kind: 'person', name: 'Josh Apte', to: { kind: 'person', name: 'Joshua Apte' } })!;
    expect(out.patch.quotes?.map((q) => q.speaker)).toEqual(['Joshua Apte', 'Ada Sorn', 'Joshua Apte']);
    expect(restoreClipNames({ quotes: out.patch.quotes! }, out.undo)).toEqual({ people: ['Josh Apte'], quotes });
  });

  it('renames the speaker of a clip that quotes a person without listing them', () => {
    const out = rewriteClipNames(clip({ quotes: [{ speaker: 'Josh Apte', text: 'Yes.' }] }), {
      kind: 'person',
      name: 'Josh Apte',
      to: { kind: 'person', name: 'Joshua Apte' },
    });
    expect(out?.patch).toEqual({ quotes: [{ speaker: 'Joshua Apte', text: 'Yes.' }] });
  });

  it('moves a name to another kind, to the end or where that kind already had it, and leaves quotes alone', () => {
    const before = clip({
      people: ['Reuters', 'Ada Sorn'],
      organizations: ['Port Board'],
      quotes: [{ speaker: 'Reuters', text: 'A line.' }],
    });
    const out = rewriteClipNames(before, { kind: 'person', name: 'Reuters', to: { kind: 'organization', name: 'Reuters' } });
    expect(out?.patch).toEqual({ people: ['Ada Sorn'], organizations: ['Port Board', 'Reuters'] });
    const merged = rewriteClipNames(clip({ places: ['Ministry of Roads'], organizations: ['ministry of roads', 'Port Board'] }), {
      kind: 'place',
      name: 'Ministry of Roads',
      to: { kind: 'organization', name: 'Ministry of Roads' },
    });
    expect(merged?.patch).toEqual({ places: [], organizations: ['Ministry of Roads', 'Port Board'] });
  });

  it('removes a name, and leaves a clip without it alone', () => {
    expect(rewriteClipNames(clip({ people: ['Americans', 'Ada Sorn'] }), { kind: 'person', name: 'americans', to: null })?.patch).toEqual({
      people: ['Ada Sorn'],
    });
    expect(rewriteClipNames(clip({ places: ['Americans'] }), { kind: 'person', name: 'Americans', to: null })).toBeNull();
  });

  it('refuses a blank, overlong or unchanged new name, but takes a change of case', () => {
    expect(newNameRefusal('Josh Apte', '  ')).toMatch(/Type the name/);
    expect(newNameRefusal('Josh Apte', 'x'.repeat(501))).toMatch(/at most 500/);
    expect(newNameRefusal('Josh Apte', ' Josh  Apte ')).toMatch(/already spelled/);
    expect(newNameRefusal('Josh Apte', 'josh apte')).toBeNull();
    expect(newNameRefusal('Josh Apte', 'Josh Apte', false)).toBeNull();
  });
});
