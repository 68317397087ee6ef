/**
 * Settings: on/off everywhere and on this site, the highlight style, which
 * kinds to spot, the hover delay. Every change is saved at once (the delay
 * when the slider is let go: storage.sync limits writes per minute).
 */
import { useEffect, useState } from 'preact/hooks';
import {
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX,
  HOVER_DELAY_MIN,
  isSiteEnabled,
  SPOT_KINDS,
  withSiteEnabled,
  type HighlightStyle,
  type Settings,
  type SpotKind,
} from '../core/settings';
import type { SyncFailure } from '../core/settings-persistence';
import { t, type StringKey } from '../common/ui/strings';
import { Switch } from './Switch';

export interface SettingsViewProps {
  settings: Settings | null;
  problems: string[];
  saveError: boolean;
  /** Why the settings are kept on this device only (storage.sync refused them), or null. */
  notSynced: SyncFailure | null;
  hostname: string | null;
  onChange: (next: Settings) => void;
}

const STYLE_LABELS: Record<HighlightStyle, StringKey> = {
  underline: 'set_style_underline',
  background: 'set_style_background',
  none: 'set_style_none',
};

const KIND_LABELS: Record<SpotKind, StringKey> = {
  leader: 'kinds_leader',
  country: 'kinds_country',
  organization: 'set_kinds_organization',
  place: 'kinds_place',
};

const NOT_SYNCED_REASONS: Record<SyncFailure, StringKey> = {
  quota: 'set_not_synced_quota',
  rate: 'set_not_synced_rate',
  unavailable: 'set_not_synced_unavailable',
};

const DELAY_STEP = 50;

export function SettingsView({ settings, problems, saveError, notSynced, hostname, onChange }: SettingsViewProps) {
  const [delay, setDelay] = useState<number | null>(null);
  // A change from elsewhere (another window) replaces a value being dragged.
  useEffect(() => setDelay(null), [settings?.hoverDelayMs]);

  if (!settings) return <p class="muted">{t('page_loading')}</p>;
  const s = settings;
  const shownDelay = delay ?? s.hoverDelayMs;

  return (
    <>
      <h2 class="view__title">{t('settings_title')}</h2>

      <div class="panel">
        <Switch
          id="set-enabled"
          checked={s.enabled}
          onChange={(on) => onChange({ ...s, enabled: on })}
          label={t('set_enabled')}
          hint={t('set_enabled_hint')}
        />
        <Switch
          id="set-site"
          checked={hostname !== null && isSiteEnabled({ ...s, enabled: true }, hostname)}
          disabled={hostname === null || !s.enabled}
          onChange={(on) => hostname !== null && onChange(withSiteEnabled(s, hostname, on))}
          label={hostname !== null ? t('set_site_host', hostname) : t('set_site')}
          hint={hostname === null ? t('set_site_unavailable') : undefined}
        />
      </div>

      <fieldset class="panel field" disabled={!s.enabled}>
        <legend class="field__legend">{t('set_style')}</legend>
        <div class="segmented">
          {HIGHLIGHT_STYLES.map((style) => (
            <label key={style} class={`segmented__item${s.highlightStyle === style ? ' is-checked' : ''}`}>
              <input
                type="radio"
                name="highlight-style"
                value={style}
                checked={s.highlightStyle === style}
                onChange={() => onChange({ ...s, highlightStyle: style })}
              />
              <span class="sample">
                <span class={`sample__text sample__text--${style}`}>{t(STYLE_LABELS[style])}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="panel field" disabled={!s.enabled}>
        <legend class="field__legend">{t('set_kinds')}</legend>
        <div class="checks">
          {SPOT_KINDS.map((kind) => (
            <label key={kind} class="check">
              <input
                type="checkbox"
                checked={s.kinds[kind]}
                onChange={(e) => onChange({ ...s, kinds: { ...s.kinds, [kind]: e.currentTarget.checked } })}
              />
              <span>{t(KIND_LABELS[kind])}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="panel field" disabled={!s.enabled}>
        <legend class="field__legend" id="set-delay-label">
          {t('set_delay')}
        </legend>
        <div class="range">
          <input
            id="set-delay"
            type="range"
            min={HOVER_DELAY_MIN}
            max={HOVER_DELAY_MAX}
            step={DELAY_STEP}
            value={shownDelay}
            aria-labelledby="set-delay-label"
            aria-describedby="set-delay-hint"
            aria-valuetext={t('set_delay_value', shownDelay)}
            onInput={(e) => setDelay(Number(e.currentTarget.value))}
            onChange={(e) => onChange({ ...s, hoverDelayMs: Number(e.currentTarget.value) })}
          />
          <output class="range__value" for="set-delay">
            {t('set_delay_value', shownDelay)}
          </output>
        </div>
        <p class="setting__hint" id="set-delay-hint">
          {t('set_delay_hint')}
        </p>
      </fieldset>

      {saveError ? (
        <p class="notice notice--error" role="alert">
          {t('set_save_failed')}
        </p>
      ) : null}
      {notSynced && !saveError ? (
        <div class="notice" role="status">
          <p>{t('set_not_synced')}</p>
          <p>{t(NOT_SYNCED_REASONS[notSynced])}</p>
        </div>
      ) : null}
      {problems.length > 0 ? (
        <details class="problems">
          <summary>{t('set_problems')}</summary>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {/* Not while the notice above says the settings stay on this device. */}
      {notSynced ? null : <p class="footnote">{t('set_sync_note')}</p>}
    </>
  );
}
