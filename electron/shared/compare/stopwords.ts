/**
 * Function words of en, de, fr, ru and uk, folded (lower case, no accents). They carry no content,
 * so they count for nothing when two sentences or quotes are weighed. One set serves all languages
 * because a comparison does not know its languages; the few words that are content in another
 * language (en "die", fr "car") are left out.
 */
const WORDS = `
a an the and or but nor if then than so as at by for from in into of off on onto out over to up with without
about after before under between through during since until upon via per
is are was were be been being am do does did done have has had having will would shall should can could may
might must not no yes it its it's this that these those there here which who whom whose what when where why
how i me my mine we us our ours you your yours he him his she her hers they them their theirs one ones
all any both each few more most other some such only own same just also very too again further once
said says say told tell tells according
der das den dem des ein eine einer eines einem einen und oder aber nicht ist sind war waren wird werden wurde
wurden hat haben hatte hatten sein seine ihr ihre es er sie wir ich du auch noch nur schon mit von zu im am
an auf aus bei nach um vor für über unter zwischen durch gegen ohne bis als wie wenn dass ob so sagte sagt
le la les un une des du de d l et ou mais ne pas est sont était étaient été être avoir a ont avait il elle
ils elles nous vous je tu on se sa son ses leur leurs ce cet cette ces qui que qu quoi dont où au aux en
dans par pour sur sous avec sans entre vers chez plus comme si y dit selon
и в во не что он она оно они на я с со как а то все всё так его её ее их к у же вы за бы по только мне было
вот от меня о об из ему теперь когда даже ну ли если уже или ни быть был была были было него до вас нибудь
опять уж вам ведь там потом себя ничего ей может тут где есть надо ней для мы тебя чем сам чтобы без будто
чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой
тем чтобы нее сейчас куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через
эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том
нельзя такой им более всегда конечно всю между это сказал сказала заявил заявила сообщил сообщила
і й та але що це цей ця ці як він вона воно вони на у в з із зі до від для по про за над під при без через
між є був була було були бути не ні чи так також тільки вже ще його її їх їм йому ми ви я ти себе свій своя
своє свої який яка яке які де коли бо якщо щоб сказав сказала заявив заявила повідомив
`;

export const STOPWORDS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter(Boolean)
    .map((w) => w.normalize('NFKD').replace(/\p{M}+/gu, '')),
);
