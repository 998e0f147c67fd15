import { describe, expect, it } from 'vitest';
import { isCruftLine } from '../../../electron/shared/clipper/cruft.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a newsletter’s note on why the reader receives it', () => {
  it('is furniture in each language', () => {
    expect(isCruftLine('You are receiving this email because you signed up at example.org.')).toBe(true);
    expect(isCruftLine('Sie erhalten diesen Newsletter, weil Sie sich auf example.org angemeldet haben.')).toBe(true);
    expect(isCruftLine('Vous recevez cette lettre car vous êtes inscrit sur example.org.')).toBe(true);
    expect(isCruftLine('Вы получили это письмо, потому что подписались на рассылку.')).toBe(true);
    expect(isCruftLine('Ви отримали цей лист, тому що підписалися на розсилку.')).toBe(true);
    expect(isCruftLine('您收到此邮件是因为您订阅了我们的简报。')).toBe(true);
  });
});

describe('a speaker who recalls', () => {
  it('is credited with the quotation after the colon', () => {
    const draft = parseClip(
      'Les anciens du port racontent\n\nAncien grutier, Jean Lemoine se souvient de ses débuts : « On apprenait en trois semaines ou on partait. »',
    );
    expect(draft.quotes[0]?.speaker).toBe('Jean Lemoine');
  });
});
