/**
 * Line-level boilerplate patterns shared by the HTML post-filter and the raw-text remover: cookie and
 * consent banners, app-store links, share bars, comment forms, newsletter sign-ups, copyright lines,
 * "related articles" headings, photo galleries. English first, with common forms in Portuguese,
 * Spanish, French, German, Italian, Indonesian and Russian. Patterns only fire on short lines (a line of article
 * prose that happens to say "newsletter" is kept).
 */

/** Headings that open a list of other articles ("You may also like", "Читайте также"). */
const RELATED_HEADING: RegExp[] = [
  /^(you may also like|you might also like|related( articles| stories| posts| content| coverage| news| links)?|more (from|on|stories|news)|most (read|popular|viewed|shared)|recommended( for you| stories)?|trending( now)?|popular (posts|stories|now)|latest (news|stories|posts)|top stories|what to read next|read next|further reading|see also|mat[eé]rias relacionadas|not[ií]cias relacionadas|veja tamb[eé]m|art[ií]culos relacionados|articles? li[eé]s|[àa] lire aussi|das k[oö]nnte sie auch interessieren|mehr zum thema|articoli correlati|potrebbe interessarti|berita terkait|artikel terkait)\b.{0,30}$/i,
  /^(читайте также|смотрите также|похожие (статьи|новости|материалы|записи)|по теме|самые популярные|популярное|другие новости|ещё по теме|рекомендуем)(?![\p{L}]).{0,40}$/iu,
];
/** "Related: <headline>" lines. */
const RELATED_PREFIX = /^(related|see also|read more|read also|more|leia mais|leia tamb[eé]m|veja tamb[eé]m|lea tambi[eé]n|lire aussi|siehe auch|leggi anche|baca juga|читайте также|смотрите также|по теме)\s*:/i;

/** A whole short line that is furniture. */
const FURNITURE_LINE: RegExp[] = [
  ...RELATED_HEADING,
  RELATED_PREFIX,
  /^(skip to (main )?(content|article|navigation)|jump to|back to (top|main menu)|return to top|menu|close|search|sign in|log ?in|sign out|log ?out|register|subscribe( now)?|advert(isement)?|ad|sponsored( content)?|publicidade|publicidad|anzeige|pubblicit[aà]|iklan|continue reading( below)?|read more|leia mais|leia tamb[eé]m|lire aussi|weiterlesen|baca juga|tags?|topics|share( this( article| story)?)?|compartilhe|compartir|partager|teilen|condividi|bagikan|print|email|comments?|coment[aá]rios?|commentaires|kommentare|commenti|komentar|caption|photo|video|image|gallery|more|next|previous|loading|(previous|next) (article|post|story)|about the author|about this author|like this article\??|read more from this author.*|permalink.*)$/i,
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[\d:.+\-]*Z?$/,
  /^[^,\s][^,]*(,[^,\s][^,]*){3,}$/,
  /^(image|photo|slide|foto) \d+ (of|de|di|von|dari) \d+$/i,
  /^this (slideshow|video|content|feature) requires javascript/i,
  /^(поделиться|комментарии|отзывы|добавить (отзыв|комментарий)|оставить комментарий|подписаться|реклама|главная|меню|поиск|войти)$/iu,
  /^(follow us|siga-nos|s[ií]guenos|suivez-nous|folge uns|seguici|ikuti kami)\b/i,
  /^(share|tweet|pin|email|whatsapp|facebook|twitter|linkedin|reddit|pinterest|telegram|messenger|print|copy link|baixar|download)( (on|via|this|article|story|link|it|facebook|twitter|whatsapp|pin|baixar))*$/i,
  /^(facebook|twitter|instagram|youtube|linkedin|pinterest|whatsapp|rss|email|pint|baixar|google\+?|tumblr|reddit|flipboard|telegram)(\W+(facebook|twitter|instagram|youtube|linkedin|pinterest|whatsapp|rss|email|pint|baixar|google\+?|tumblr|reddit|flipboard|telegram))+\W*$/i,
  /^(photo|foto|image|picture|credit|cr[eé]dito|source|fonte|fuente|quelle|bild)\s*:/i,
  /^(posted|published|updated|publicado|atualizado|actualizado|publi[eé]|mis [àa] jour|ver[öo]ffentlicht|aktualisiert|pubblicato|aggiornato|diterbitkan|diperbarui)( (on|at|em|el|le|am|il|pada))?\s*:?\s*[\d\w,.: ]{0,60}$/i,
  /^(by|por|par|von|di|oleh|автор:?) [\p{Lu}][\p{L}.'-]+( [\p{Lu}][\p{L}.'-]+){0,3}( and [\p{Lu}][\p{L}.'-]+( [\p{Lu}][\p{L}.'-]+){0,3})?(\s*[,|\-–—]\s*.{0,60})?$/u,
];

/** A short line carrying a sign-up, consent, app-store or copyright message (anywhere in the line). */
const FURNITURE_PHRASE: RegExp[] = [
  /\b(we use cookies|uses cookies|use of cookies|cookie (policy|settings|preferences)|accept (all )?cookies|utilizamos cookies|usamos cookies|nous utilisons des cookies|wir verwenden cookies|utilizziamo (i )?cookie|kami menggunakan cookie)\b/i,
  /\bfollow (him|her|them|me|us) on (twitter|facebook|instagram|linkedin)\b/i,
  /(мы используем (файлы )?cookie|все права защищены|политика конфиденциальности|подпишитесь на (нашу )?рассылку)/iu,
  /\b(privacy policy|terms of (use|service)|pol[ií]tica de privacidade|pol[ií]tica de privacidad|datenschutz|informativa sulla privacy|kebijakan privasi|all rights reserved|todos os direitos reservados|todos los derechos reservados|tous droits r[ée]serv[ée]s|alle rechte vorbehalten|tutti i diritti riservati|hak cipta)\b/i,
  /(©|\(c\)|copyright)\s*(\d{4}|[\p{Lu}])/iu,
  /\b(download (on|from) the app store|get it on google play|available on the app store|download (it )?(on|from) google play|baixe o app|descarga la app)\b/i,
  /\b(sign up for|subscribe to|inscreva-se|suscr[ií]bete|abonnez-vous|abonnieren sie|iscriviti)\b.{0,80}\b(newsletter|inbox|email|e-mail|updates)\b/i,
  /\b(newsletter|boletim|bolet[ií]n)\b.{0,40}\b(sign up|subscribe|inscreva|suscr|delivered|free)\b/i,
  /^(leave a (comment|reply)|post a comment|add a comment|join the (conversation|discussion)|tell us what you think|deixe (um|seu) coment[aá]rio|deja (un|tu) comentario|laisser un commentaire|schreibe einen kommentar|lascia un commento|tinggalkan komentar|your email address will not be published)/i,
  /\b(want more stories like this|every day we send|get (the|our) (latest|best)|don't miss|never miss)\b/i,
  /\b(click here (for|to)|clique aqui|click to (share|email|print|tweet)|by clicking here)\b/i,
  /\(opens in (a )?new window\)/i,
  /\b(is a|are|are the) (registered )?trademarks? of\b/i,
];

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Words in a line; Chinese and Japanese text (no spaces) counts one word per two characters. */
export function wordCount(line: string): number {
  const spaced = line.split(/\s+/).filter(Boolean).length;
  const cjk = line.match(CJK)?.length ?? 0;
  return cjk > 0 ? Math.max(spaced, Math.ceil(cjk / 2)) : spaced;
}

/** Labels of a post's metadata line ("Posted by: X - Category: Y - Tags: a b"). */
const META_LABEL = /(^|[\s|\-–—·•])(posted( by| in| on)?|published( by| in| on)?|publicado( por| em)?|publi[eé] (par|le)|ver[öo]ffentlicht( von| am)?|pubblicato( da| il)?|diterbitkan( oleh)?|written by|author|autor|auteur|autore|penulis|tags?|categor(y|ies|ia|ie|ias)|kategorie|kategori|filed under|section|se[cç][aã]o|secci[oó]n)\s*:/giu;

/** A line made of two or more metadata labels: a byline/date/category strip, not article text. */
export function isMetaLine(line: string): boolean {
  return wordCount(line) <= 40 && (line.match(META_LABEL)?.length ?? 0) >= 2;
}

/** Whether a line (already whitespace-collapsed) reads as page furniture rather than article text. */
export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return true;
  const words = wordCount(t);
  const bare = t.replace(/[\s:|»›>…]+$/, '');
  if (words <= 12 && FURNITURE_LINE.some((re) => re.test(bare))) return true;
  if (words <= 40 && FURNITURE_PHRASE.some((re) => re.test(t))) return true;
  if (isMetaLine(t)) return true;
  return false;
}

const SECTION_END: RegExp[] = [
  /^\[?\s*\d+\s+(comments?|responses?|replies|reactions|coment[aá]rios?|comentarios?|commentaires?|kommentare?|commenti|komentar)\s*\]?$/i,
  /^(top rated |recent |latest |show |view |load |read )?(comments?|responses|discussion|coment[aá]rios|comentarios|commentaires|kommentare|commenti|komentar)( \(\d+\))?$/i,
  /^[^.!?]{1,100}\s(says|said|wrote|diz|disse|dice|dijo|dit|a dit|schreibt|sagt|scrive|ha scritto|menulis|пишет|написал[аи]?):$/iu,
  /\|\s*\d+\s+(comments?|responses?|replies|coment[aá]rios?|commentaires?|kommentare?|commenti|komentar|комментари[йея]в?)\s*$/iu,
  /^(leave a (comment|reply)|post a comment|add a comment|join the (conversation|discussion)|you must (be )?log(ged)? ?in to (post )?(a )?comment|\d+ (thoughts|responses) (on|to)\b|deixe (um|seu) coment[aá]rio|deja (un|tu) comentario|laisser un commentaire|schreibe einen kommentar|lascia un commento|tinggalkan komentar)/i,
];

/** A line that opens the comment section: nothing after it belongs to the article. */
export function isSectionEnd(line: string): boolean {
  const t = line.trim();
  return wordCount(t) <= 20 && SECTION_END.some((re) => re.test(t));
}

/** A heading that opens a list of other articles ("Related stories", "You may also like"). */
export function isRelatedHeading(line: string): boolean {
  const t = line.trim();
  const w = wordCount(t);
  return (w <= 8 && RELATED_HEADING.some((re) => re.test(t))) || (w <= 20 && RELATED_PREFIX.test(t));
}
