import { describe, expect, it } from 'vitest';
import { pressReleaseIssuer } from '../../../electron/shared/clipper/page-site-name.js';
import { splitLines } from '../../../electron/shared/clipper/lines.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('the issuer of a press release', () => {
  it('is named by its `About` paragraph run into one line, in full as the paragraph opens on it', () => {
    const issuer = (line: string) => pressReleaseIssuer(splitLines(line), []);
    expect(
      issuer(
        'Über die Universität Talheim: Die Ernst-Moritz-Universität Talheim wurde 1502 gegründet und zählt zu den ältesten Universitäten.',
      ),
    ).toBe('Ernst-Moritz-Universität Talheim');
    expect(issuer('About Estuary Robotics: Estuary Robotics builds inspection drones for ports and has 300 staff.')).toBe(
      'Estuary Robotics',
    );
    expect(issuer('About Jane Doe: Jane Doe is a marine biologist who has studied the estuary since 2001.')).toBeNull();
    expect(issuer('About the study: The Talheim team measured 84 plots over thirty years.')).toBeNull();
  });

  it('is the source of the release', () => {
    const clip = parseClip(
      [
        'Pressemitteilung',
        'Talwald: Weißtanne verkraftet Trockenjahre besser als Fichte',
        'Talheim, 03.09.2024 – Die Weißtanne kommt mit heißen und trockenen Sommern deutlich besser zurecht als die Fichte. Das zeigt eine Langzeitstudie.',
        '',
        'Das Team hat Daten von 84 Versuchsflächen ausgewertet. Die Flächen werden seit 1994 betreut.',
        '',
        'Kontakt:',
        'Tel.: 0761 555-4410',
        '',
        'Über die Universität Talheim: Die Ernst-Moritz-Universität Talheim wurde 1502 gegründet und zählt zu den ältesten Universitäten.',
      ].join('\n'),
    );
    expect(clip.source).toBe('Ernst-Moritz-Universität Talheim');
  });
});
