/**
 * A small gazetteer of officials that sanctions news names: heads of state and government of the
 * sanctioning, sanctioned and transit countries, and the officials who announce sanctions and export
 * controls. Roles are as of the time they held them; a name here says who a mention is, not whether
 * the person is listed (that is the screening engine's answer).
 */

export interface Official {
  name: string;
  /** Other forms news uses (surname alone is matched separately). */
  aliases?: string[];
  role: string;
  /** ISO alpha-2, or EU / UN for those bodies. */
  country: string;
}

export const OFFICIALS: readonly Official[] = [
  { name: 'Vladimir Putin', aliases: ['Vladimir Vladimirovich Putin'], role: 'President of Russia', country: 'RU' },
  { name: 'Mikhail Mishustin', role: 'Prime Minister of Russia', country: 'RU' },
  { name: 'Sergei Lavrov', aliases: ['Sergey Lavrov'], role: 'Foreign Minister of Russia', country: 'RU' },
  { name: 'Sergei Shoigu', aliases: ['Sergey Shoigu'], role: 'Secretary of the Security Council of Russia (Defence Minister to 2024)', country: 'RU' },
  { name: 'Andrei Belousov', aliases: ['Andrey Belousov'], role: 'Defence Minister of Russia', country: 'RU' },
  { name: 'Elvira Nabiullina', role: 'Governor of the Central Bank of Russia', country: 'RU' },
  { name: 'Anton Siluanov', role: 'Finance Minister of Russia', country: 'RU' },
  { name: 'Denis Manturov', role: 'First Deputy Prime Minister of Russia', country: 'RU' },
  { name: 'Dmitry Peskov', aliases: ['Dmitri Peskov'], role: 'Kremlin spokesman', country: 'RU' },
  { name: 'Dmitry Medvedev', aliases: ['Dmitri Medvedev'], role: 'Deputy Chairman of the Security Council of Russia', country: 'RU' },
  { name: 'Maria Zakharova', role: 'Spokeswoman of the Russian Foreign Ministry', country: 'RU' },
  { name: 'Sergei Chemezov', role: 'Chief executive of Rostec', country: 'RU' },
  { name: 'Alexander Lukashenko', aliases: ['Aleksandr Lukashenko', 'Alyaksandr Lukashenka'], role: 'President of Belarus', country: 'BY' },
  { name: 'Xi Jinping', role: 'President of China', country: 'CN' },
  { name: 'Li Qiang', role: 'Premier of China', country: 'CN' },
  { name: 'Wang Yi', role: 'Foreign Minister of China', country: 'CN' },
  { name: 'Mao Ning', role: 'Spokeswoman of the Chinese Foreign Ministry', country: 'CN' },
  { name: 'Lin Jian', role: 'Spokesman of the Chinese Foreign Ministry', country: 'CN' },
  { name: 'Kim Jong Un', aliases: ['Kim Jong-un'], role: 'Leader of North Korea', country: 'KP' },
  { name: 'Ali Khamenei', aliases: ['Ayatollah Ali Khamenei'], role: 'Supreme Leader of Iran', country: 'IR' },
  { name: 'Masoud Pezeshkian', role: 'President of Iran', country: 'IR' },
  { name: 'Ebrahim Raisi', role: 'President of Iran (to 2024)', country: 'IR' },
  { name: 'Bashar al-Assad', aliases: ['Bashar Assad', 'Bashar al Assad'], role: 'President of Syria (to 2024)', country: 'SY' },
  { name: 'Kassym-Jomart Tokayev', aliases: ['Kassym Jomart Tokayev'], role: 'President of Kazakhstan', country: 'KZ' },
  { name: 'Sadyr Japarov', aliases: ['Sadyr Zhaparov'], role: 'President of Kyrgyzstan', country: 'KG' },
  { name: 'Nikol Pashinyan', role: 'Prime Minister of Armenia', country: 'AM' },
  { name: 'Shavkat Mirziyoyev', role: 'President of Uzbekistan', country: 'UZ' },
  { name: 'Ilham Aliyev', role: 'President of Azerbaijan', country: 'AZ' },
  { name: 'Recep Tayyip Erdogan', aliases: ['Recep Tayyip Erdoğan', 'Tayyip Erdogan'], role: 'President of Turkey', country: 'TR' },
  { name: 'Mohamed bin Zayed', aliases: ['Mohammed bin Zayed', 'Mohamed bin Zayed Al Nahyan'], role: 'President of the UAE', country: 'AE' },
  { name: 'Narendra Modi', role: 'Prime Minister of India', country: 'IN' },
  { name: 'Volodymyr Zelensky', aliases: ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'], role: 'President of Ukraine', country: 'UA' },
  { name: 'Joe Biden', aliases: ['Joseph Biden', 'Joseph R. Biden'], role: 'President of the United States (2021-2025)', country: 'US' },
  { name: 'Donald Trump', aliases: ['Donald J. Trump'], role: 'President of the United States', country: 'US' },
  { name: 'Janet Yellen', role: 'Treasury Secretary (2021-2025)', country: 'US' },
  { name: 'Scott Bessent', role: 'Treasury Secretary', country: 'US' },
  { name: 'Antony Blinken', role: 'Secretary of State (2021-2025)', country: 'US' },
  { name: 'Marco Rubio', role: 'Secretary of State', country: 'US' },
  { name: 'Wally Adeyemo', aliases: ['Adewale Adeyemo'], role: 'Deputy Treasury Secretary (2021-2025)', country: 'US' },
  { name: 'Brian Nelson', role: 'Treasury Under Secretary for Terrorism and Financial Intelligence (2022-2025)', country: 'US' },
  { name: 'Bradley Smith', role: 'Director of OFAC', country: 'US' },
  { name: 'Gina Raimondo', role: 'Commerce Secretary (2021-2025)', country: 'US' },
  { name: 'Howard Lutnick', role: 'Commerce Secretary', country: 'US' },
  { name: 'Alan Estevez', role: 'Under Secretary of Commerce for Industry and Security (2022-2025)', country: 'US' },
  { name: 'Jeffrey Kessler', role: 'Under Secretary of Commerce for Industry and Security', country: 'US' },
  { name: 'Thea Rozman Kendler', aliases: ['Thea Kendler'], role: 'Assistant Secretary of Commerce for Export Administration', country: 'US' },
  { name: 'Matthew Axelrod', role: 'Assistant Secretary of Commerce for Export Enforcement', country: 'US' },
  { name: 'Ursula von der Leyen', role: 'President of the European Commission', country: 'EU' },
  { name: 'Kaja Kallas', role: 'EU High Representative for Foreign Affairs', country: 'EU' },
  { name: 'Josep Borrell', role: 'EU High Representative for Foreign Affairs (2019-2024)', country: 'EU' },
  { name: "David O'Sullivan", role: 'EU Special Envoy for the implementation of sanctions', country: 'EU' },
  { name: 'Valdis Dombrovskis', role: 'European Commissioner', country: 'EU' },
  { name: 'Christine Lagarde', role: 'President of the European Central Bank', country: 'EU' },
  { name: 'Keir Starmer', role: 'Prime Minister of the United Kingdom', country: 'GB' },
  { name: 'Rishi Sunak', role: 'Prime Minister of the United Kingdom (2022-2024)', country: 'GB' },
  { name: 'David Lammy', role: 'Foreign Secretary of the United Kingdom', country: 'GB' },
  { name: 'Rachel Reeves', role: 'Chancellor of the Exchequer', country: 'GB' },
  { name: 'Emmanuel Macron', role: 'President of France', country: 'FR' },
  { name: 'Olaf Scholz', role: 'Chancellor of Germany (2021-2025)', country: 'DE' },
  { name: 'Friedrich Merz', role: 'Chancellor of Germany', country: 'DE' },
  { name: 'Giorgia Meloni', role: 'Prime Minister of Italy', country: 'IT' },
  { name: 'Antonio Guterres', aliases: ['António Guterres'], role: 'Secretary-General of the United Nations', country: 'UN' },
  { name: 'Vassily Nebenzia', role: 'Russian Ambassador to the United Nations', country: 'RU' },
];
