import { describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from './render';
import { highlightExcerpt } from './search-highlight';
import { foldLatin, type GlossarySet, indexTerms, normalizedWords, parseSearchQuery, queryLanguage, searchColumnsFor, stemTerms } from './search-text';

/** A written form as the index and the query mark it (lib/search-text.ts `formMark`). */
const form = (word: string) => `\uE000${word}`;

/**
 * Whether a query finds a text, as FTS5 evaluates the MATCH expression: every clause has an
 * alternative whose words all have a stem among the text's terms.
 */
function finds(query: string, text: string, glossary: GlossarySet[] = []) {
  const terms = new Set(indexTerms(text));
  return parseSearchQuery(query, glossary).clauses.every((clause) => clause.some((words) => words.every((stems) => stems.some((stem) => terms.has(stem)))));
}

describe('normalization for search', () => {
  it('folds Latin case and accents', () => {
    expect(foldLatin('Conférence Économique')).toBe('conference economique');
    expect(normalizedWords('L’Éducation, ÉTÉ 2024!')).toEqual(['education', 'ete', '2024']);
  });

  it('finds Arabic words across attached prefixes, plurals, hamza and tashkeel', () => {
    const text = 'افتتح الأمين العام أعمال المؤتمرات الإقليمية للتعليم في جدة';
    expect(finds('والمؤتمر', text)).toBe(true);
    expect(finds('مؤتمر', text)).toBe(true);
    expect(finds('الاقليميه', text)).toBe(true);
    expect(finds('التَّعْلِيم', text)).toBe(true);
    expect(finds('مؤتمر الصحة', text)).toBe(false);
  });

  it('finds English and French words across inflection and accents', () => {
    expect(finds('conference', 'The ministerial conferences opened')).toBe(true);
    expect(finds('Securite alimentaire', 'la sécurité alimentaire des États')).toBe(true);
    expect(finds('réfugiés', 'aide aux refugies')).toBe(true);
  });

  it('finds digits written in any script', () => {
    expect(finds('٢٠٢٤', 'في عام 2024')).toBe(true);
  });

  it('stores title and summary apart from the body', () => {
    const columns = searchColumnsFor({ title: 'المؤتمر', summary: 'الصحة', body: bodyFromParagraphs(['للتعليم']) });
    expect(stemTerms(columns.searchTitle)).toEqual(['موتمر', 'صحه']);
    expect(stemTerms(columns.searchBody)).toEqual(['تعليم']);
    // Beside each stem, the word as written (marked), so the exact form can rank first.
    expect(columns.searchBody.split(' ')).toEqual(['تعليم', '\uE000للتعليم']);
  });
});

/**
 * What readers type against sentences of the demo releases (issue #17), by class. Each row is
 * judged: `true` where a reader wants the sentence found, `false` where finding it would be noise.
 */
describe('what readers type', () => {
  it.each([
    // 1. The alef of tanween, and nisba adjectives with their noun.
    ['وسيط', 'واتفق المشاركون على إطلاق برنامج لتدريب 60 دبلوماسياً ووسيطاً من الدول الأعضاء', true],
    ['دبلوماسي', 'واتفق المشاركون على إطلاق برنامج لتدريب 60 دبلوماسياً ووسيطاً من الدول الأعضاء', true],
    ['وسيط', 'برنامج لتدريب 60 دبلوماسيا ووسيطا من الدول الأعضاء', true],
    ['إغاثة', 'المنظمة الدولية للتعاون تطلق جسراً إغاثياً لدعم المتضررين من الفيضانات في غرب إفريقيا', true],
    ['جسر', 'المنظمة الدولية للتعاون تطلق جسراً إغاثياً لدعم المتضررين من الفيضانات في غرب إفريقيا', true],
    ['إغاثي', 'تخصيص 5 ملايين دولار من صندوق الطوارئ الإنساني لتقديم إغاثة عاجلة إلى المتضررين', true],
    ['دولي', 'افتتحت الأمانة العامة في مقرها بجدة معرضاً دولياً للخط العربي', true],
    ['الإقليمية', 'وبحث المشاركون تعزيز التعاون الإقليمي', true],
    ['علي', 'وأكد أن اللجنة العليا للجائزة ستعلن النتائج', false],
    ['إفريقيا', 'الأزمات المتلاحقة في المنطقة', false],
    // 2. Attached prepositions without the article.
    ['جدة', 'افتتحت الأمانة العامة في مقرها بجدة معرضاً دولياً للخط العربي', true],
    ['تغير المناخ', 'يعكسان الأثر المتزايد لتغير المناخ على المجتمعات الهشة', true],
    ['تمويل', 'تنطلق المرحلة الثانية من المشروع مطلع العام المقبل بتمويل مشترك من صندوق التضامن', true],
    ['تمويل', 'وبتمويل من صندوق التضامن التابع للمنظمة وعدد من الجهات المانحة', true],
    ['مجلس', 'انطلاق أعمال الدورة الثانية والخمسين لمجلس وزراء خارجية المنظمة الدولية للتعاون في الرباط', true],
    ['مشاركة', 'افتتح مجلس وزراء الخارجية دورته الثانية والخمسين في الرباط بمشاركة وفود 48 دولة عضواً', true],
    ['الصكوك', 'دعا المنتدى إلى توسيع إصدار أدوات تمويل كالصكوك الخضراء', true],
    ['كتابة', 'ورش تعليمية للطلاب لكتابة الخط العربي', true],
    ['بئر', 'وأدت إلى تشريد آلاف العائلات وإتلاف مساحات كبيرة من الأراضي الزراعية', false],
    ['الطاقة', 'وتوزيع بطاقات غذائية على 80 ألف أسرة لاجئة ونازحة', false],
    ['حث', 'لقاءات ثنائية بين الوزراء لبحث سبل تعزيز التعاون', false],
    ['ريم', 'وتسلم الجائزة الخطاط عبد الكريم', false],
    ['أنت', 'وكانت المنظمة قد أطلقت النداء', false],
    // 3. Broken plurals, from the reviewed lexicon (ranked after the word's own forms).
    ['وسيط', 'دعا المشاركون إلى دعم الوسطاء المحليين', true],
    ['وسطاء', 'تدريب وسيط واحد على الأقل من كل دولة', true],
    ['مجلس', 'تتيح المكتبة وثائق المجالس الوزارية', true],
    ['بئر', 'وتجهيز الآبار بمضخات تعمل بالطاقة الشمسية', true],
    ['طفل', 'لتطعيم الأطفال دون سن الخامسة', true],
    ['خبير', 'اجتماع الخبراء في جاكرتا', true],
    ['شريك', 'بالتعاون مع الشركاء الدوليين', true],
    ['كتاب', 'كتب الأمين العام رسالة إلى الوزراء', false],
    ['العالم', 'ندوة العلماء حول اللغة العربية', false],
  ])('ar: %s in “%s” → %s', (query, text, expected) => {
    expect(finds(query, text)).toBe(expected);
  });

  it.each([
    // 5. English irregular plurals and possessives.
    ['woman', 'providing digital skills training to five million young women and men by 2030', true],
    ['women', 'She is the first woman to chair the council', true],
    ['Women’s', "Baku Women's Entrepreneurship Forum Launches 50 Million Dollar Fund", true],
    ["women's", 'Baku Women’s Entrepreneurship Forum Launches 50 Million Dollar Fund', true],
    ['child', 'to vaccinate 2.4 million children under five in seven member states', true],
    ['crisis', 'to strengthen joint action at a time of overlapping crises', true],
    ['man', 'training to five million young women and men by 2030', true],
    ['men', 'Baku Women’s Entrepreneurship Forum Launches 50 Million Dollar Fund', false],
    ['woman', 'The Secretary-General met the permanent representatives', false],
  ])('en: %s in “%s” → %s', (query, text, expected) => {
    expect(finds(query, text)).toBe(expected);
  });

  it.each([
    // 5. French elision with either apostrophe.
    ["l'eau", 'la sécurité alimentaire ne peut plus être dissociée de la gestion de l’eau', true],
    ['l’eau', "des kits de purification de l'eau", true],
    ['eau', 'la gestion de l’eau et un habitat plus résilient', true],
    ["d'éducation", 'des programmes d’éducation et d’eau potable', true],
    ['organisation', 'L’Organisation lance une opération d’urgence', true],
    ["l'eau", 'le niveau de la mer et la lutte contre le terrorisme', false],
    ["l'Afrique", 'la gestion de l’eau', false],
  ])('fr: %s in “%s” → %s', (query, text, expected) => {
    expect(finds(query, text)).toBe(expected);
  });

  // 4. The same name in two scripts, through the glossary.
  const glossary: GlossarySet[] = [
    ['اليونسكو', 'UNESCO'],
    ['منظمة التعاون الإسلامي', 'OIC', 'OCI', 'Organisation of Islamic Cooperation', 'Organisation de la coopération islamique'],
    ['منظمة الصحة العالمية', 'World Health Organization', 'WHO', 'Organisation mondiale de la santé', 'OMS'],
  ];
  it.each([
    ['UNESCO', 'وقعت المنظمة مذكرة تفاهم مع اليونسكو لصون التراث', 'ar', true],
    ['اليونسكو', 'The project is carried out in partnership with UNESCO', 'en', true],
    ['OIC', 'شارك وفد منظمة التعاون الإسلامي في الاجتماع', 'ar', true],
    ['OCI', 'a delegation of the Organisation of Islamic Cooperation attended', 'en', true],
    ['منظمة التعاون الإسلامي', 'A delegation of the OIC attended the meeting', 'en', true],
    ['منظمة الصحة العالمية حملة', 'Lancement avec l’UNICEF et l’OMS d’une campagne', 'fr', false],
    ['منظمة الصحة العالمية', 'Lancement avec l’UNICEF et l’OMS d’une campagne', 'fr', true],
    ['OMS vaccination', 'Regional campaign launched with UNICEF and the World Health Organization to vaccinate children', 'en', true],
    ['منظمة', 'A delegation of the OIC attended the meeting', 'en', false],
    ['الصحة', 'Regional campaign launched with the World Health Organization', 'en', false],
    ['UNESCO conference', 'وقعت المنظمة مذكرة تفاهم مع اليونسكو', 'ar', false],
  ])('glossary: %s in “%s” (%s) → %s', (query, text, language, expected) => {
    expect(finds(query, text, glossary)).toBe(expected);
  });

  it('leaves the query as typed without a glossary', () => {
    expect(finds('UNESCO', 'وقعت المنظمة مذكرة تفاهم مع اليونسكو')).toBe(false);
  });

  it('recognizes a name typed in full but looks for it without its function words (de, la)', () => {
    const who = [['Organisation mondiale de la santé', 'OMS']];
    const typed = parseSearchQuery('Organisation mondiale de la santé', who);
    expect(typed.clauses).toHaveLength(1);
    expect(typed.match).not.toMatch(/"(de|la)"/);
    expect(parseSearchQuery('OMS', who).match).toBe(typed.match);
  });

  it('ORs the names of a set, each name ANDing its words', () => {
    expect(parseSearchQuery('اليونسكو تعليم', glossary).match).toBe(`(("يونسكو" OR "${form('اليونسكو')}") OR ("unesco" OR "${form('unesco')}")) AND ("تعليم" OR "${form('تعليم')}")`);
  });
});

/**
 * Issue #14: a word is stemmed by its own script, on both sides, whatever the language of the
 * article it is in or of the page it is typed on. Before, the Latin initials ending in "s" of an
 * Arabic release were indexed as written while the query stemmed them (ECOWAS → ecowa).
 */
describe('search across scripts', () => {
  it.each([
    // Latin words in Arabic text.
    ['ECOWAS', 'وقعت المنظمة مذكرة تفاهم مع ECOWAS لدعم الأمن الغذائي', true],
    ['ecowas', 'بالتنسيق مع شركاء ECOWAS في غرب إفريقيا', true],
    ['IRSAS', 'أعلن معهد IRSAS نتائج الدراسة', true],
    ['conferences', 'شارك الوفد في Regional Conference للتعليم', true],
    ['COVID-19', 'جهود مواجهة جائحة COVID-19 في الدول الأعضاء', true],
    ['ECOWAS', 'وقعت المنظمة مذكرة تفاهم مع الاتحاد الإفريقي', false],
    // Arabic names in French and English text.
    ['الرباط', 'La réunion s’est tenue à الرباط, capitale du Maroc', true],
    ['بالرباط', 'La réunion s’est tenue à الرباط, capitale du Maroc', true],
    ['يونا', 'according to يونا, the news agency', true],
    ['جدة', 'La réunion s’est tenue à Rabat', false],
    // Digits in both systems, in both directions.
    ['2026', 'الدورة الثانية والخمسون ٢٠٢٦', true],
    ['٢٠٢٦', 'The 2026 session opened in Rabat', true],
    ['١٥٠٠٠٠', 'Référence du communiqué 150000.', true],
    ['150000', 'الرقم المرجعي للبيان ١٥٠٠٠٠، بالتنسيق مع شركاء OSS.', true],
    ['2025', 'الدورة ٢٠٢٦', false],
    // Mixed queries: every word is looked for by its own script.
    ['ECOWAS الأمن', 'وقعت المنظمة مذكرة تفاهم مع ECOWAS لدعم الأمن الغذائي', true],
    ['OSS ٢٠٢٤', 'partners of OSS in 2024', true],
    ['الرباط session', 'The session opened in الرباط today', true],
    ['الرباط session', 'The session opened in Rabat today', false],
  ])('%s in “%s” → %s', (query, text, expected) => {
    expect(finds(query, text)).toBe(expected);
  });

  it('indexes a Latin word in Arabic text under every stem the query looks for', () => {
    const indexed = new Set(indexTerms('بالتنسيق مع شركاء ECOWAS'));
    const [wanted] = parseSearchQuery('ECOWAS').terms;
    expect(wanted).toEqual(expect.arrayContaining(['ecowa', 'ecow']));
    expect(wanted!.every((term) => indexed.has(term))).toBe(true);
  });
});

describe('parseSearchQuery', () => {
  it.each([
    ['"unbalanced quote'],
    ['(unbalanced'],
    ['a NEAR b'],
    ['word*'],
    ['title:x'],
    ['^start'],
    ['OR'],
    ['AND NOT'],
    ['"" OR ""'],
    ['-minus +plus'],
    ["'; DROP TABLE articles; --"],
    ['{col1 col2}: x'],
  ])('turns hostile input %j into quoted terms only', (input) => {
    const { match } = parseSearchQuery(input);
    // A term is letters and digits, or a written form: the same after the private-use mark.
    const term = '"\\uE000?[\\p{L}\\p{N}]+"';
    const clause = `\\(?${term}( OR ${term})*\\)?`;
    if (match !== null) expect(match).toMatch(new RegExp(`^${clause}( AND ${clause})*$`, 'u'));
  });

  it('has no query for input without words', () => {
    expect(parseSearchQuery('   ').match).toBeNull();
    expect(parseSearchQuery('*** ((( """').match).toBeNull();
  });

  it('keeps a strict query of the words’ own forms apart for ranking, when anything was expanded', () => {
    expect(parseSearchQuery('مؤتمر').strictMatch).toBeNull();
    const plural = parseSearchQuery('الوسطاء');
    expect(plural.match).toBe(`("وسطاء" OR "${form('الوسطاء')}" OR "وسيط" OR "xوسيط")`);
    expect(plural.strictMatch).toBe(`("وسطاء" OR "${form('الوسطاء')}")`);
    expect(parseSearchQuery('اليونسكو', [['اليونسكو', 'UNESCO']]).strictMatch).toBe(`("يونسكو" OR "${form('اليونسكو')}")`);
  });

  it('ORs the stems of an ambiguous word and ANDs the words', () => {
    expect(parseSearchQuery('ومؤتمر جدة').match).toBe(`("وموتمر" OR "موتمر" OR "${form('وموتمر')}") AND ("جده" OR "${form('جده')}")`);
  });

  it('drops repeated words and caps the number of terms', () => {
    expect(parseSearchQuery('مؤتمر المؤتمر').terms).toHaveLength(1);
    expect(parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')).terms).toHaveLength(12);
  });
});

describe('queryLanguage', () => {
  it.each([
    ['المياه', 'en', 'ar'],
    ['مؤتمر UNESCO', 'fr', 'ar'],
    ['UNESCO', 'en', 'en'],
    ['UNESCO', 'fr', 'fr'],
    ['water', 'ar', 'en'],
    ['sécurité alimentaire', 'ar', 'fr'],
    ['l’eau', 'ar', 'fr'],
    ['2026', 'fr', 'fr'],
  ])('%s on the %s page → %s first', (input, page, expected) => {
    expect(queryLanguage(input, page)).toBe(expected);
  });
});

describe('highlightExcerpt', () => {
  it('marks the matching words in the original spelling', () => {
    const parts = highlightExcerpt('وشارك الوفد في المؤتمرات الدولية', parseSearchQuery('مؤتمر').terms);
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['المؤتمرات']);
    expect(parts.map((part) => part.text).join('')).toBe('وشارك الوفد في المؤتمرات الدولية');
  });

  it('marks the form written in the text whichever way it matched: prefix, tanween, glossary', () => {
    const marked = (text: string, query: string, glossary: GlossarySet[] = []) =>
      highlightExcerpt(text, parseSearchQuery(query, glossary).terms)
        .filter((part) => part.mark)
        .map((part) => part.text);
    expect(marked('افتتح المعرض في مقر الأمانة العامة بجدة', 'جدة')).toEqual(['بجدة']);
    expect(marked('لتدريب 60 دبلوماسياً ووسيطاً', 'وسيط')).toEqual(['ووسيطاً']);
    expect(marked('Baku Women’s Forum', 'woman')).toEqual(['Women']);
    expect(marked('signed with UNESCO today', 'اليونسكو', [['اليونسكو', 'UNESCO']])).toEqual(['UNESCO']);
    // Exact, stem, broken plural (lexicon), tashkeel and digits of the other system, in one text.
    expect(marked('التقى الوسطاء بالوسيط في المؤتمرات عام ٢٠٢٦', 'الوسيط مؤتمر 2026')).toEqual(['الوسطاء', 'بالوسيط', 'المؤتمرات', '٢٠٢٦']);
    expect(marked('أكد المُؤتمِرون في ختام أعمالهم', 'مؤتمر')).toEqual(['المُؤتمِرون']);
    // A Latin acronym inside Arabic text, found from the query's stemmed form.
    expect(marked('بالتنسيق مع شركاء ECOWAS في المنطقة', 'ECOWAS')).toEqual(['ECOWAS']);
  });

  it('starts near the first match in a long text and marks the cut', () => {
    const text = `${'word '.repeat(200)}conference ${'tail '.repeat(200)}`;
    const parts = highlightExcerpt(text, parseSearchQuery('conferences').terms, 120);
    expect(parts[0]?.text.startsWith('…')).toBe(true);
    expect(parts.some((part) => part.mark && part.text === 'conference')).toBe(true);
    expect(parts.at(-1)?.text.endsWith('…')).toBe(true);
  });
});

describe('words that are also names of object properties', () => {
  // A reader's query (or an article) with these words once made the English stemmer look them up
  // on Object.prototype: the search page and every save of such a text failed.
  it('index and search like any other word', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(indexTerms(`the ${word} of`).every((term) => typeof term === 'string'), word).toBe(true);
      expect(parseSearchQuery(word).match, word).toMatch(/^\(?"/);
    }
  });
});
