/**
 * Every flag the popup shows, drawn once as a <symbol>. Rows and pills point
 * at them with <use>: a search result then adds two elements for its flag
 * instead of one per shape (58 for the United States) on every keystroke
 * that brings it into the list.
 */
import { FlagShapes } from '../common/ui/Flag';
import { dataset, flagOwnerOf } from './data';
import type { Entity } from '../core/dataset-types';

const symbolId = (ownerId: string) => `flag-${ownerId}`;

export function FlagSprite() {
  return (
    <svg class="flag-sprite" aria-hidden="true" focusable="false">
      {dataset.entities.map((e) =>
        e.flag ? (
          <symbol key={e.id} id={symbolId(e.id)} viewBox="0 0 30 20" preserveAspectRatio="none">
            <FlagShapes flag={e.flag} />
          </symbol>
        ) : null,
      )}
    </svg>
  );
}

/** The entity's flag (see flagOwnerOf) as a reference into the sprite; decorative, the name is written beside it. */
export function SpriteFlag({ entity, class: className }: { entity: Entity; class: string }) {
  const owner = flagOwnerOf(entity);
  if (!owner) return null;
  return (
    <svg class={`flag ${className}`} viewBox="0 0 30 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <use href={`#${symbolId(owner.id)}`} />
    </svg>
  );
}
