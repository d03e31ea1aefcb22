import type { TierGroupId } from './governance-selectors';

/** A shape for each tier, so the tier reads without its colour (grey print, colour blindness, forced colours). */
export const TIER_SYMBOLS: Record<TierGroupId, string> = {
  prohibited: '⊘',
  'high-risk': '▲',
  limited: '◆',
  minimal: '●',
  untriaged: '?',
};

export function TierMark({ tier }: { tier: TierGroupId }) {
  return (
    <span className={`tier-mark tier-mark--${tier}`} aria-hidden="true">
      {TIER_SYMBOLS[tier]}
    </span>
  );
}
