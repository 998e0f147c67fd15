import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a role and what it is of, set off before the name', () => {
  it('reads the holder of a capitalised French role as the speaker, not the role and its firm', () => {
    const draft = parseClip(
      'La fonderie Orvane quitte Vierzon\n\n« Le moule reste chez nous, la fonte partira en Espagne », a affirmé le PDG de Fonderies Orvane, Gaspard Merlet, devant les salariés.',
    );
    expect(draft.people).toEqual(['Gaspard Merlet']);
    expect(draft.quotes[0]?.speaker).toBe('Gaspard Merlet');
  });

  it('reads a name after a long lower-case complement of a role as a person', () => {
    const draft = parseClip(
      "Les pépinières d'Angers s'inquiètent\n\nLa présidente de la Fédération des horticulteurs du Maine, Huguette Tardivel, nous confiait : « Un arbre planté ici met dix ans à payer. »\n\nLe département a promis une aide, selon son conseiller délégué aux forêts, Rémi Coudray.",
    );
    expect(draft.people).toEqual(expect.arrayContaining(['Huguette Tardivel', 'Rémi Coudray']));
    expect(draft.quotes[0]).toEqual({ speaker: 'Huguette Tardivel', text: 'Un arbre planté ici met dix ans à payer.' });
  });

  it('credits a French quote to the person named after « interroge »', () => {
    const draft = parseClip(
      "Verrerie Lamotte : l'attente\n\n« Qui reprendra le four quand il faudra le rallumer ? », interroge sa déléguée syndicale, Josiane Ferrat.",
    );
    expect(draft.quotes[0]).toEqual({ speaker: 'Josiane Ferrat', text: 'Qui reprendra le four quand il faudra le rallumer ?' });
  });
});

describe('Chinese quotations without spaces', () => {
  it('keeps a long Chinese quotation after 提醒 and credits the officer named before it', () => {
    const draft = parseClip('警方提醒市民谨防诈骗\n\n城东派出所民警周凯提醒：“快递员不会要求收件人扫码付款，遇到此类情况请直接拒绝。”');
    expect(draft.quotes).toEqual([{ speaker: '周凯', text: '快递员不会要求收件人扫码付款，遇到此类情况请直接拒绝。' }]);
  });

  it('keeps a long uncredited Chinese quotation but not a short quoted term', () => {
    const draft = parseClip('园区出台新规\n\n园区管委会表示，将“持续优化营商环境，推动小微企业贷款成本下降”。有人称之为“绿色通道”。');
    expect(draft.quotes.map((q) => q.text)).toEqual(['持续优化营商环境，推动小微企业贷款成本下降']);
  });
});
