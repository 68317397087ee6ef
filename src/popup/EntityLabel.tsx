/**
 * What a row says about an entity: its flag (or a small mark for those
 * without one), its name, and a second line (role or kind, plus any note).
 */
import type { ComponentChildren } from 'preact';
import { roleLine } from '../common/ui/format';
import type { Entity } from '../core/dataset-types';
import { flagOwnerOf } from './data';
import { SpriteFlag } from './FlagSprite';

export function EntityMark({ entity }: { entity: Entity }) {
  if (flagOwnerOf(entity)) return <SpriteFlag entity={entity} class="row__flag" />;
  // Organizations have no flag: a neutral mark of the same size keeps the names aligned.
  return (
    <svg class="row__flag row__flag--none" viewBox="0 0 30 20" aria-hidden="true" focusable="false">
      <circle cx="15" cy="10" r="4.5" />
    </svg>
  );
}

export function EntityLabel({ entity, note }: { entity: Entity; note?: ComponentChildren }) {
  return (
    <>
      <EntityMark entity={entity} />
      <span class="row__text">
        <span class="row__name">{entity.name}</span>
        <span class="row__meta">
          {roleLine(entity)}
          {note ? (
            <>
              <span class="row__sep" aria-hidden="true">
                {' · '}
              </span>
              <span class="row__note">{note}</span>
            </>
          ) : null}
        </span>
      </span>
    </>
  );
}
