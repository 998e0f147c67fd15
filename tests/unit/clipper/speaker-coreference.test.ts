import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const speakers = (text: string) => parseClip(text).quotes.map((q) => q.speaker);

describe('who speaks, when the text names them away from the verb', () => {
  it('reads past an adverb between the subject and its verb', () => {
    expect(
      speakers(
        'Лёд на реке\n\nНачальник гидрометцентра Алла Прохорова рассказала о прогнозе. Синоптик также предупредила, что в области ожидается «погода с резкими перепадами температур».',
      ),
    ).toEqual(['Алла Прохорова']);
    expect(
      speakers('Quai fermé\n\nLa conseillère Odile Marvaux a toutefois prévenu que la ville ne paierait pas « indéfiniment » les travaux.'),
    ).toEqual(['Odile Marvaux']);
  });

  it('reads past a clause set off after the subject that opens on a preposition', () => {
    expect(
      speakers(
        'Порт працює\n\nКапітан буксира Остап Гнатюк, з яким поспілкувався кореспондент, розповів про зміни: «Працюємо по дванадцять годин, але ніхто не скаржиться».',
      ),
    ).toEqual(['Остап Гнатюк']);
  });

  it('keeps a description after a leading clause as the subject, and finds the role holder it names', () => {
    expect(
      speakers(
        'Library plan\n\nThe cabinet member for culture, Councillor Lena Hart, defended the closure.\n\nAsked whether the survey had been fair, the councillor said it drew 400 replies, "which is more than most surveys we run," and that more meetings would follow.',
      ),
    ).toEqual(['Lena Hart']);
  });

  it('credits a quotation to the one named in the sentence before, when its own sentence credits no one', () => {
    expect(
      speakers(
        'Urteil\n\nIhr Anwalt Tobias Wendler kündigte an, in Revision zu gehen. Seine Mandantin sei „ein Opfer der Umstände, nicht der Täter“ gewesen.',
      ),
    ).toEqual(['Tobias Wendler']);
    expect(
      speakers(
        'Brücke\n\nDie Aue sei ein wichtiger Lebensraum für Vögel, sagte Landesvorsitzender Jonas Weller. „Eine Brücke an dieser Stelle zerschneidet die Aue.“',
      ),
    ).toEqual(['Jonas Weller']);
  });

  it('reads a person named right before the colon, after the verb, as its subject', () => {
    expect(
      speakers(
        'Школи в метро\n\nДіти не бачать сонця по шість годин на день — про це прямо каже дитяча лікарка з Холодної Гори Наталія Роенко: «Ми фіксуємо те, що раніше бачили лише в лікарні».',
      ),
    ).toEqual(['Наталія Роенко']);
  });

  it('reads a short sentence on someone’s view, owned by a possessive, as introducing that person’s words', () => {
    expect(
      speakers('Дом\n\nСоседка Нина Роенко живёт напротив. Её позиция короткая: «Пусть делают хоть что-нибудь, только бы не сгорел».'),
    ).toEqual(['Нина Роенко']);
    expect(
      speakers('Library plan\n\nAnna Berg runs the library. Her neighbour Tom Fry agreed: "It is the only warm room on this street."'),
    ).toEqual(['Tom Fry']);
  });

  it('reads a French view opened by pour lui and a phrase put more bluntly', () => {
    expect(
      speakers(
        'Passerelle\n\nLes commerçants s’inquiètent, dit Odile Marvaux, fromagère. Pour elle, la navette ne changera « pas grand-chose à nos ventes ».',
      ),
    ).toEqual(['Odile Marvaux']);
    expect(
      speakers(
        'Library plan\n\nHer neighbour, Tom Fry, a father of three, put it more bluntly: "If you close the only warm room on this street, you do not get to call it a saving."',
      ),
    ).toEqual(['Tom Fry']);
  });

  it('takes no noun after a possessive for a name, and no body’s noun for a person', () => {
    expect(
      speakers(
        'Wald\n\nFörster Jonas Weller pflanzt Eichen. Mein Vorgänger hat immer gesagt: „Wer Fichten pflanzt, pflanzt für den Enkel.“',
      ),
    ).toEqual([null]);
    expect(
      speakers(
        'Fähre\n\nVerdi-Sekretär Jonas Weller kritisierte die Pause. Man bedauere die Entscheidung, teilte der Verband mit, hoffe aber auf „eine starke Saison ab Ostern“.',
      ),
    ).toEqual([null]);
  });

  it('reads Chinese speakers in traditional characters, speaking in a manner, or opening the sentence', () => {
    expect(speakers('步道重開\n\n管理處處長溫志明表示：「我們增設了三處防護網，風險已大幅降低。」')).toEqual(['溫志明']);
    expect(speakers('熊猫基地\n\n“他说我喂竹子的姿势不对，熊猫会不耐烦，”饲养员蒲晓云笑着说，“后来发现他是对的。”')).toEqual([
      '蒲晓云',
      '蒲晓云',
    ]);
    expect(
      speakers('开海\n\n船老大应海涛今年五十八岁。傍晚时分，渔船返港。应海涛拎起一只梭子蟹笑着说：“你看，今年的个头比去年大！”'),
    ).toEqual(['应海涛']);
  });
});
