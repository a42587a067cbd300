/**
 * The demo's starter search glossary: the organization's own names and its main partners', in the
 * three languages and their abbreviations, as the demo releases write them. Abbreviations that
 * are also ordinary words are left out on purpose: UN is French for "a", and would make a search
 * for الأمم المتحدة match every French article.
 */
export const demoGlossary: string[][] = [
  ['المنظمة الدولية للتعاون', 'International Cooperation Organization', 'ICO', 'Organisation internationale de coopération'],
  ['الأمانة العامة', 'General Secretariat', 'Secrétariat général'],
  ['يونا', 'UNA'],
  ['الأمم المتحدة', 'United Nations', 'Nations unies', 'ONU'],
  ['اليونسكو', 'UNESCO'],
  ['اليونيسف', 'UNICEF'],
  ['منظمة الصحة العالمية', 'World Health Organization', 'WHO', 'Organisation mondiale de la santé', 'OMS'],
  ['منظمة الأغذية والزراعة', 'الفاو', 'Food and Agriculture Organization', 'FAO', 'Organisation des Nations unies pour l’alimentation et l’agriculture'],
  ['المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'UNHCR', 'HCR', 'Haut-Commissariat des Nations unies pour les réfugiés'],
  ['منظمة التعاون الإسلامي', 'Organisation of Islamic Cooperation', 'OIC', 'Organisation de la coopération islamique', 'OCI'],
  ['مؤتمر الأطراف', 'COP', 'Conference of the Parties', 'Conférence des parties'],
];
