import { describe, expect, it } from 'vitest';
import { copyrightYear } from '../../../electron/shared/clipper/article-date.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a wire story whose dateline gives no year', () => {
  it('takes the year of its copyright line when no timestamp gives one', () => {
    const text = [
      'Ferry service resumes after storm',
      'PORT ELLEN, March 4 (Example Wire) - The ferry between the island and the mainland ran again on Tuesday after three days of storms kept the boats in harbour.',
      'The operator said all crossings would run to the timetable from Wednesday, and that tickets for cancelled sailings would be refunded.',
      '© 2025 Example Wire',
    ].join('\n\n');
    expect(parseClip(text).date).toBe('2025-03-04');
  });

  it('reads one year, not a site’s span of years', () => {
    expect(copyrightYear(['© 2025 Example Wire'])).toBe(2025);
    expect(copyrightYear(['© 2004–2025 Example Wire'])).toBeNull();
    expect(copyrightYear(['© 2024 Example', 'Copyright 2025 Other'])).toBeNull();
  });
});
