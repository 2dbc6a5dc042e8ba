/**
 * The sanctions event classes. CAMEO codes where CAMEO has the event (1312 threaten with sanctions,
 * boycott or embargo; 163 impose embargo, boycott or sanctions; 085 ease economic sanctions, boycott or
 * embargo); our own codes where it lacks one, with the CAMEO parent they refine when there is one.
 */

export type EventType =
  | 'SANCTIONS_THREATENED'
  | 'SANCTIONS_IMPOSED'
  | 'SANCTIONS_EASED'
  | 'ENTITY_LISTED'
  | 'EXPORT_BAN'
  | 'ASSET_FREEZE'
  | 'DUAL_USE_SUPPLY'
  | 'PAYMENT_RESTRICTED'
  | 'TRADE_FIGURE';

export interface EventClass {
  type: EventType;
  /** The code reported: a CAMEO code, or CP-... for classes CAMEO lacks. */
  code: string;
  /** CAMEO code of this class or of the CAMEO event it refines; absent when CAMEO has nothing near. */
  cameo?: string;
  cameoFit: 'exact' | 'refines' | 'none';
  label: string;
}

export const EVENT_CLASSES: Record<EventType, EventClass> = {
  SANCTIONS_THREATENED: { type: 'SANCTIONS_THREATENED', code: '1312', cameo: '1312', cameoFit: 'exact', label: 'sanctions, embargo or listing threatened' },
  SANCTIONS_IMPOSED: { type: 'SANCTIONS_IMPOSED', code: '163', cameo: '163', cameoFit: 'exact', label: 'sanctions or embargo imposed' },
  SANCTIONS_EASED: { type: 'SANCTIONS_EASED', code: '085', cameo: '085', cameoFit: 'exact', label: 'sanctions eased, lifted or a party delisted' },
  ENTITY_LISTED: { type: 'ENTITY_LISTED', code: 'CP-LISTED', cameo: '163', cameoFit: 'refines', label: 'party designated or added to a sanctions or export-control list' },
  EXPORT_BAN: { type: 'EXPORT_BAN', code: 'CP-EXPORT-BAN', cameo: '163', cameoFit: 'refines', label: 'export ban or licence requirement on goods or destinations' },
  ASSET_FREEZE: { type: 'ASSET_FREEZE', code: 'CP-ASSET-FREEZE', cameo: '163', cameoFit: 'refines', label: 'assets frozen or blocked' },
  DUAL_USE_SUPPLY: { type: 'DUAL_USE_SUPPLY', code: 'CP-DUALUSE', cameoFit: 'none', label: 'dual-use or military goods supplied' },
  PAYMENT_RESTRICTED: { type: 'PAYMENT_RESTRICTED', code: 'CP-PAYMENT-RESTRICTED', cameoFit: 'none', label: 'payments rejected, returned or restricted by banks' },
  TRADE_FIGURE: { type: 'TRADE_FIGURE', code: 'CP-TRADE-FIGURE', cameoFit: 'none', label: 'trade figure: an amount or a percentage of a trade flow' },
};

/** Classes that a hedge ("may", "plans to", "could be") turns into a threat. */
export const THREAT_WHEN_HEDGED: ReadonlySet<EventType> = new Set(['SANCTIONS_IMPOSED', 'ENTITY_LISTED', 'EXPORT_BAN', 'ASSET_FREEZE']);
