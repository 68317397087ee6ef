/**
 * The shared entity card, full width in the popup, with a history: related
 * entities push onto it, Back pops (and leaves the card at the bottom).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { EntityCard } from '../common/ui/EntityCard';
import { byId, cardData } from './data';

export interface CardViewProps {
  stack: string[];
  onOpen: (id: string) => void;
  onBack: () => void;
}

export function CardView({ stack, onOpen, onBack }: CardViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const id = stack[stack.length - 1];
  const entity = id ? byId.get(id) : undefined;
  // Both effects run as the card is committed, not after the next paint
  // (useEffect): a key pressed in between would otherwise reach the hidden
  // search box, and Escape there is the browser's "clear this search field".
  // Opening the card moves focus into it (what had focus is hidden now).
  useLayoutEffect(() => {
    ref.current?.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
  }, []);
  // Escape goes back wherever focus is: a key pressed before focus has moved
  // into the card still lands on the (now hidden) search box.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      onBack();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onBack]);
  if (!entity) return null;
  return (
    <div
      ref={ref}
      id="card"
      class="card-view"
    >
      <EntityCard
        entity={entity}
        data={cardData}
        onOpenEntity={onOpen}
        onBack={onBack}
        variant="panel"
      />
    </div>
  );
}
