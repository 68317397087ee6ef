/** An on/off switch: a real checkbox with role="switch", labelled by its visible text. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: ComponentChildren;
  hint?: ComponentChildren;
  disabled?: boolean;
  id?: string;
}

export function Switch({ checked, onChange, label, hint, disabled = false, id }: SwitchProps) {
  const uid = useId();
  const inputId = id ?? `sw${uid}`;
  const hintId = `${inputId}-hint`;
  return (
    <div class={`setting setting--switch${disabled ? ' is-disabled' : ''}`}>
      <label class="setting__text" for={inputId}>
        <span class="setting__label">{label}</span>
        {hint ? (
          <span class="setting__hint" id={hintId}>
            {hint}
          </span>
        ) : null}
      </label>
      <input
        id={inputId}
        type="checkbox"
        role="switch"
        class="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    </div>
  );
}
