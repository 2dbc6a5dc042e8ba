/**
 * Trigger patterns of the event classes. Each pattern is a regular expression over a sentence; group
 * `t` is the trigger word. Voice: 'active' (actor before, target after), 'object' (the target follows
 * the trigger: "designated X", "hit X with sanctions"), 'nominal' ("U.S. sanctions on X").
 * Passive voice is detected around the trigger, not written into the patterns.
 */
import type { EventType } from './event-classes.js';

export interface TriggerPattern {
  type: EventType;
  re: RegExp;
  /** Whether the pattern states an intention or a threat by itself ("threatened", "face sanctions"). */
  threat?: boolean;
  name: string;
}

const W = String.raw`(?:[^\s;,]*[^\s.;,]\s+)`;
const SANCTIONS = String.raw`(?:sanctions?|embargo(?:es)?|restrictive measures|sanctions package|package of sanctions|measures|travel bans?|visa bans?|boycotts?)`;
const COUNTRY_ADJ = String.raw`(?:U\.S\.|US|EU|UK|UN|British|American|European|Western|Japanese|Canadian|Swiss|Ukrainian|Chinese|Russian|Australian|allied|Treasury|OFAC)`;
const PAYMENTS = String.raw`(?:payments?|(?:wire |money |bank )?transfers?|transactions?|settlements?|remittances?)`;
const GOODS = String.raw`(?:dual[- ]use|micro ?chips?|chips|semiconductors?|integrated circuits?|micro-?electronics|microcontrollers?|microprocessors?|electronics|electronic (?:components|parts)|components|spare parts|parts|drones?|uavs?|ball bearings?|bearings|machine[- ]tools?|cnc machines?|lathes|transceivers?|navigation (?:modules|equipment|systems)|gnss|radar|thermal[- ]imag\w+|optics|sensors|processors|fpgas?|capacitors|transistors|antennas|engines?|servo\w*|nitrocellulose|explosives|weapons|ammunition|artillery shells|shells|missiles?|rockets|military equipment|military goods|high[- ]priority (?:goods|items)|battlefield items|oscilloscopes|gyroscopes|radios|cameras)`;

const p = (type: EventType, name: string, re: string, threat = false): TriggerPattern => ({ type, name, re: new RegExp(re, 'giu'), threat });

export const TRIGGERS: readonly TriggerPattern[] = [
  // Easing first: "lifted sanctions" must not read as imposing them.
  p('SANCTIONS_EASED', 'lift sanctions', String.raw`\b(?<t>lift\w*|eas(?:e|ed|es|ing)|remov\w*|scrap\w*|waiv\w*|relax\w*|roll\w* back|unfr[eo]\w*)\s+${W}{0,5}?(?:sanctions|embargo\w*|restrictions|asset freezes?|assets|funds|accounts)`),
  p('SANCTIONS_EASED', 'delist', String.raw`\b(?<t>delist\w*|de-list\w*)`),
  p('SANCTIONS_EASED', 'remove from list', String.raw`\b(?<t>remov(?:ed|es|e|ing)|tak(?:en|es|e|ing) off|took off)\s+${W}{0,6}?(?:from|off)\s+(?:the\s+|its\s+)?${W}{0,4}?(?:list|sanctions)\b`),
  p('SANCTIONS_EASED', 'sanctions eased', String.raw`\b(?:sanctions|embargo\w*|restrictions)\s+${W}{0,6}?(?:were|was|have been|has been|had been|are|is|be|being)\s+(?:\w+\s+)?(?<t>eased|lifted|removed|relaxed|scrapped|waived|suspended)`),
  p('SANCTIONS_THREATENED', 'threaten', String.raw`\b(?<t>threat(?:en|ens|ened|ening))\b\s+${W}{0,8}?(?:sanction\w*|embargo\w*|penalt\w*|blacklist\w*|secondary|punitive|restrictions|boycott\w*|ban(?:s|ned|ning)?\b)`, true),
  p('SANCTIONS_THREATENED', 'warn of sanctions', String.raw`\b(?<t>warn\w*)\s+${W}{0,8}?(?:of|about|that)\s+${W}{0,8}?(?:sanction\w*|embargo\w*|penalt\w*|blacklist\w*|secondary)`, true),
  p('SANCTIONS_THREATENED', 'face sanctions', String.raw`\b(?<t>fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?|exposed to|exposure to|at risk of|subject to possible)\s+${W}{0,3}?(?:secondary\s+|us\s+|u\.s\.\s+|western\s+|eu\s+)?(?:sanctions|penalties|designation|being sanctioned|blacklisting|being blacklisted|being designated)`, true),
  p('SANCTIONS_THREATENED', 'consider sanctions', String.raw`\b(?<t>consider\w*|weigh\w*|mull\w*|prepar\w*|draft\w*|propos\w*|plan(?:s|ned|ning)?|discuss\w*|debat\w*|readying|ready)\s+${W}{0,5}?(?:sanctions|embargo\w*|restrictions|penalties|package|designations?|asset freezes?|export bans?|listings?)`, true),
  p('SANCTIONS_IMPOSED', 'impose sanctions', String.raw`\b(?<t>impos\w*|slap\w*|levi\w*|adopt\w*|announc\w*|unveil\w*|introduc\w*|approv\w*|extend\w*|expand\w*|tighten\w*|broaden\w*|widen\w*|roll\w* out|enact\w*|issu\w*|renew\w*|reimpos\w*|re-impos\w*|prolong\w*|agreed)\s+${W}{0,6}?${SANCTIONS}`),
  p('SANCTIONS_IMPOSED', 'sanctions imposed', String.raw`\b(?:sanctions|embargo\w*|restrictive measures)\s+(?<t>imposed|introduced|adopted|levied)\s+(?:on|against)\b`),
  p('SANCTIONS_IMPOSED', 'sanctions were imposed', String.raw`\b(?:sanctions|embargo\w*|restrictive measures)\s+${W}{0,6}?(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?(?<t>imposed|extended|tightened|expanded|renewed|prolonged|reimposed|introduced)`),
  p('SANCTIONS_IMPOSED', 'national sanctions on', String.raw`(?<t>\b${COUNTRY_ADJ}\s+sanctions)\s+(?:on|against|targeting)\b`),
  p('SANCTIONS_IMPOSED', 'to sanction', String.raw`\b(?:to|will|would|could|may|might|should)\s+(?<t>sanction)\s+(?!list|regime)`),
  p('SANCTIONS_IMPOSED', 'cut off', String.raw`\b(?<t>cut off|disconnect\w*|exclud\w*|ban(?:ned)?)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?(?:swift|dollar system|financial system|international payment system|european airspace)\b`),
  p('SANCTIONS_IMPOSED', 'hit with sanctions', String.raw`\b(?<t>hit|hits|hitting|target\w*|punish\w*|penali[sz]\w*)\s+${W}{0,8}?with\s+${W}{0,3}?(?:sanctions|an? embargo|penalties|restrictions)`),
  p('SANCTIONS_IMPOSED', 'were cut off', String.raw`\b(?:were|was|have been|has been|had been)\s+(?<t>cut off|disconnected|excluded|banned)\s+from\s+(?:the\s+)?(?:swift|dollar system|financial system)\b`),
  p('SANCTIONS_IMPOSED', 'sanctioned', String.raw`\b(?<t>sanction(?:ed|s|ing))\b(?!\s+(?:list|regime|programs?|evasion|package|against|on|by\s+the\s+un\s+charter|violations?|compliance|risks?|law|authorit\w+|designations?|measures|-hit|busting))`),
  p('SANCTIONS_IMPOSED', 'new sanctions on', String.raw`\b(?<t>(?:new|fresh|latest|additional|further|sweeping|secondary|tougher|targeted|retaliatory|\d+(?:st|nd|rd|th))\s+${W}{0,3}?(?:sanctions|embargo)(?:\s+package)?)\s+(?:on|against|targeting|that target|aimed at)`),
  p('SANCTIONS_IMPOSED', 'embargo on', String.raw`\b(?<t>(?:arms|oil|trade|total|full)\s+embargo)\s+(?:on|against)`),
  p('EXPORT_BAN', 'denial order', String.raw`\b(?<t>(?:temporary )?denial orders?)\b`),
  p('ENTITY_LISTED', 'designate', String.raw`\b(?<t>designat(?:ed|es|e|ing)|blacklist(?:ed|s|ing)?|black-list\w*)\b(?!\s+(?:persons?|entities|individuals|nationals|terrorist organi[sz]ation\b))`),
  p('ENTITY_LISTED', 'add to list', String.raw`\b(?<t>add(?:ed|s|ing)?|plac(?:ed|es|ing)|put(?:s|ting)?|includ(?:ed|es|ing)|inscrib\w*)\s+(?:[^.;]{0,120}?)\b(?:to|on|in|under)\s+(?:the\s+|its\s+|a\s+|their\s+)?${W}{0,5}?(?:list|blacklist|annex|sdn|entity list|package)\b`),
  p('ENTITY_LISTED', 'listed', String.raw`(?:\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+\s+)?)(?<t>listed)\b`),
  p('EXPORT_BAN', 'ban exports', String.raw`\b(?<t>ban(?:s|ned|ning)?|prohibit\w*|restrict\w*|halt\w*|bar(?:s|red|ring)?|block\w*|curb\w*|forbid\w*|forbade|outlaw\w*|suspend\w*|stop\w*|cut\w* off)\s+${W}{0,5}?(?:the\s+)?(?:exports?|re-exports?|imports?|transshipments?|transit|sales?|shipments?|supply|supplies|deliveries|transfers?|trade)\s+(?:of|to|in|from)\b`),
  p('EXPORT_BAN', 'export ban', String.raw`\b(?:impos\w*|introduc\w*|announc\w*|tighten\w*|expand\w*|extend\w*|adopt\w*|issu\w*|unveil\w*|enact\w*|slap\w*|new|fresh|sweeping|tougher|tighter|expanded|broader)\s+${W}{0,4}?(?<t>(?:export|import|re-export|trade|arms|chip|technology)\s+(?:bans?|embargo(?:es)?|controls?|restrictions?|curbs?|prohibitions?|licen[cs](?:e|ing) requirements?))`),
  p('EXPORT_BAN', 'licence required', String.raw`\b(?<t>requir\w*|obtain\w*|need\w*|apply for|secur\w*)\s+${W}{0,3}?(?:an?\s+)?(?:export\s+)?licen[cs]es?\s+(?:for|to|before)\b`),
  p('EXPORT_BAN', 'ban on exports', String.raw`\b(?<t>bans?|prohibitions?|restrictions?|curbs?)\s+on\s+${W}{0,4}?(?:exports?|re-exports?|imports?|sales|shipments|deliveries|supplies|transfers|transshipments?)\b`),
  p('ASSET_FREEZE', 'freeze assets', String.raw`\b(?<t>freez\w*|froze|frozen|block(?:ed|s|ing)?|seiz\w*|immobili[sz]\w*|confiscat\w*|impound\w*|arrest\w*)\s+${W}{0,8}?(?:assets?|funds|accounts?|property|properties|reserves|holdings|yachts?|villas?|real estate|shares|stakes?)`),
  p('ASSET_FREEZE', 'assets frozen', String.raw`\b(?:assets?|funds|accounts?|property|properties|reserves|holdings|yachts?)\s+${W}{0,6}?(?:were|was|have been|has been|had been|are|is|been|being)\s+(?<t>frozen|blocked|seized|immobili[sz]ed|confiscated|impounded)`),
  p('ASSET_FREEZE', 'asset freeze', String.raw`\b(?<t>asset[- ]freezes?|freezing of (?:their |its |his |her )?assets|blocking of (?:all )?(?:property|assets))`),
  p('PAYMENT_RESTRICTED', 'reject payments', String.raw`\b(?<t>reject\w*|refus\w*|declin\w*|block\w*|halt\w*|suspend\w*|stop\w*|return\w*|freez\w*|froze|frozen|restrict\w*|limit\w*|curb\w*|cut\w*|delay\w*|turn\w* away|turn\w* back|sen[dt]\w* back|bounc\w*|cancel\w*|clos\w*|tighten\w*|scrutini[sz]\w*)\s+${W}{0,7}?${PAYMENTS}\b`),
  p('PAYMENT_RESTRICTED', 'close accounts', String.raw`\b(?<t>clos(?:e|ed|es|ing)|shut\w*|terminat\w*)\s+(?:the\s+)?${W}{0,3}?accounts\s+(?:of|for|held by|belonging to)\b`),
  p('PAYMENT_RESTRICTED', 'stop accepting payments', String.raw`\b(?<t>(?:stop\w*|ceas\w*|halt\w*|suspend\w*|refus\w*|declin\w*|no longer|unwilling|reluctant|stopped)\s+(?:to\s+)?(?:accept\w*|process\w*|handl\w*|clear\w*|execut\w*|serv\w*|work\w* with|deal\w* with|open\w*|receiv\w*))\s+${W}{0,6}?(?:${PAYMENTS}|clients?|customers?|accounts?|counterparties|companies|firms|banks)\b`),
  p('PAYMENT_RESTRICTED', 'payments rejected', String.raw`\b${PAYMENTS}\s+${W}{0,8}?(?:were|was|have been|has been|had been|are|is|being|got|get)\s+(?:\w+\s+)?(?<t>rejected|returned|blocked|frozen|halted|suspended|stuck|delayed|refused|declined|bounced|stopped)`),
  p('PAYMENT_RESTRICTED', 'payment problems', String.raw`\b(?<t>(?:payment|settlement|transfer)\s+(?:problems|difficulties|delays|issues|hurdles|bottlenecks|rejections|refusals))`),
  p('DUAL_USE_SUPPLY', 'supply goods', String.raw`\b(?<t>suppl(?:ied|ying|ies|y)|ship(?:ped|ping|s)?|export(?:ed|ing)?|re-export(?:ed|ing|s)?|re-?sold|sold|sell(?:s|ing)?|deliver(?:ed|ing|s)?|sen[dt](?:ing|s)?|provid(?:ed|ing|es|e)|smuggl\w*|rout(?:ed|ing)|funnel+(?:ed|ing)|procur(?:ed|ing|es|e)|bought|buy(?:ing|s)?|purchas(?:ed|ing|e)|acquir(?:ed|ing|e)|obtain(?:ed|ing)?|divert(?:ed|ing)|channel+(?:ed|ing)|transferr(?:ed|ing)|transport(?:ed|ing)|import(?:ed|ing)|source[ds]?|sourcing)\b(?!\s+(?:company|companies|firm|firms|line|lines|agent|agents|costs?|routes?|data|records|documents|licen[cs]es?|controls?|an? licen[cs]e|an? permit|permission|approval))(?=[^.;]{0,90}\b${GOODS}\b)`),
  p('DUAL_USE_SUPPLY', 'goods shipped', String.raw`\b${GOODS}\s+${W}{0,8}?(?:were|was|have been|has been|had been|are|is|being)\s+(?:\w+\s+)?(?<t>shipped|supplied|exported|re-exported|sold|delivered|sent|smuggled|routed|funnel+ed|diverted|transferred|channel+ed)`),
  p('DUAL_USE_SUPPLY', 'goods reaching', String.raw`\b${GOODS}\s+${W}{0,6}?(?<t>(?:are|were|is|was|have been|has been|keep|kept|continue to be|continued to be)?\s*(?:still\s+)?(?:reaching|flowing to|flowing into|ending up in|finding their way to|making their way to))`),
  p('TRADE_FIGURE', 'trade figure', String.raw`\b(?<t>exports?|imports?|re-exports?|trade|turnover|shipments|deliveries|supplies|sales|purchases|flows)\b`),
];

/** Words before a trigger (same clause) that negate it. */
export const NEGATION = /\b(not|n't|never|no longer|declined to|refused to|refrained from|stopped short of|has yet to|have yet to|had yet to|ruled out|rejected calls (?:for|to)|denied|denies|deny|no plans? to|without|voted against|argued against|decided against|warned against|opposed|oppose|opposes|avoid\w*|instead of|rather than|nor|neither|blocked|vetoed|vetoes|veto|rejected|criticised|criticized|condemned|dismissed)\s+(?:\S+\s+){0,3}$/i;
/** Appeals and demands are not threats or impositions ("urged partners to sanction", "called for sanctions"): CAMEO codes them as appeals. */
export const APPEAL = /\b(urg\w*|call(?:s|ed|ing)? (?:on|for|upon)|ask\w*|appeal\w*|press\w*|lobb\w*|demand\w*|push\w* for|petition\w*)\b[^.;]{0,80}$/i;
/** A supply stated as a condition or a purpose, not as a fact ("if it sends", "before shipping", "from obtaining"). */
/** Fear of sanctions is no threat by anyone ("fearing they could be cut off"). */
export const FEAR = /\b(fear\w*|worr\w*|concern\w*|afraid|wary)\b[^.;]{0,50}$/i;
export const CONDITIONAL = /\b(if|unless|before|to avoid|from|whether|would|could|may|might)\s+(?:\S+\s+){0,2}$/i;
/** Words before a trigger that hedge it: a possibility or an intention, not a fact. */
export const HEDGE = /\b(may|might|could|would|will|shall|should|can|plans? to|planning to|intends? to|intend(?:ed|ing) to|aims? to|seeks? to|sought to|wants? to|is set to|are set to|is expected to|are expected to|is likely to|are likely to|considering|considers?|weighing|weighs|mulling|mulls|proposed|proposes|propose|proposal to|threaten\w* to|vow\w* to|pledg\w* to|prepared to|preparing to|ready to|readying|calls? (?:for|to)|called (?:for|to)|urged?\w* (?:\S+ )?to|push\w* (?:for|to)|possible|potential|possibly|if|expects?|expected|ready|stands ready|poised to)\s+(?:\S+\s+){0,4}$/i;
/** Statements about the state of affairs, not an event ("sanctioned banks", "under sanctions"). */
export const ADJECTIVAL = /\b(a|an|the|of|to|from|for|with|by|on|at|and|or|as|non|already|previously|formerly|recently|heavily|several|many|other|some|two|three|its|their|his|her|these|those|any|all|no)\s+$/i;
export const PASSIVE_AUX = /\b(was|were|been|being|is|are|be|get|got|gets|getting|has been|have been|had been)\s+(?:\w+ly\s+|also\s+|not\s+|now\s+|later\s+|already\s+|subsequently\s+|formally\s+|then\s+)?$/i;
