import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a role and what it is of, set off before the name', () => {
  it('reads the holder of a capitalised French role as the speaker, not the role and its firm', () => {
    const draft = parseClip(
      "La fonderie Orvane ferme son site de Vierzon\n\n« Nous garderons le bureau d'études à Bourges, mais la coulée part ailleurs », a déclaré le PDG de Fonderies Orvane, Gaspard Merlet, lors d'une réunion.",
    );
    expect(draft.people).toEqual(['Gaspard Merlet']);
    expect(draft.quotes[0]?.speaker).toBe('Gaspard Merlet');
  });

  it('reads a name after a long lower-case complement of a role as a person', () => {
    const draft = parseClip(
      "Le maraîchage recule à Angers\n\nLe président de la Fédération des producteurs de légumes du Maine, Hugues Tardivel, me disait : « Chaque serre fermée ne rouvre jamais. »\n\nLa région a demandé un audit, selon son vice-président chargé de l'agriculture, Rémi Coudray.",
    );
    expect(draft.people).toEqual(expect.arrayContaining(['Hugues Tardivel', 'Rémi Coudray']));
    expect(draft.quotes[0]).toEqual({ speaker: 'Hugues Tardivel', text: 'Chaque serre fermée ne rouvre jamais.' });
  });

  it('credits a French quote to the person named after « interroge »', () => {
    const draft = parseClip(
      'Inquiétude chez Verrerie Lamotte\n\n« On nous promet trois ans. Et ensuite ? », interroge sa déléguée syndicale, Josiane Ferrat.',
    );
    expect(draft.quotes[0]).toEqual({ speaker: 'Josiane Ferrat', text: 'On nous promet trois ans. Et ensuite ?' });
  });
});

describe('Chinese quotations without spaces', () => {
  it('keeps a long Chinese quotation after 提醒 and credits the officer named before it', () => {
    const draft = parseClip('警方提醒市民谨防诈骗\n\n城东派出所民警周凯提醒：“快递员不会要求收件人扫码付款，遇到此类情况请直接拒绝。”');
    expect(draft.quotes).toEqual([{ speaker: '周凯', text: '快递员不会要求收件人扫码付款，遇到此类情况请直接拒绝。' }]);
  });

  it('keeps a long uncredited Chinese quotation but not a short quoted term', () => {
    const draft = parseClip('监管部门出台新规\n\n监管部门表示，将“持续优化营商环境，推动中小企业融资成本下降”。有人称之为“绿色通道”。');
    expect(draft.quotes.map((q) => q.text)).toEqual(['持续优化营商环境，推动中小企业融资成本下降']);
  });
});
