/** The screening query: a name and what else is known about the subject, plus threshold and limit. */
import type { FormEvent } from 'react';
import type { ScreenForm as Form } from '../screening-memory';
import { describedBy, Field } from './form-field';

interface ScreenFormProps {
  form: Form;
  onChange(form: Form): void;
  onSubmit(): void;
  onClear(): void;
  pending: boolean;
  /** The threshold the server applies when none is given (from the last response). */
  defaultThreshold: number;
  errors: Partial<Record<keyof Form, string>>;
}

/** The id of each field's control, for labels and for moving focus to a field at fault. */
export const FIELD_IDS: Record<keyof Form, string> = {
  name: 'q-name', schema: 'q-schema', gender: 'q-gender', birthDate: 'q-dob', countries: 'q-countries',
  identifiers: 'q-ids', threshold: 'q-threshold', limit: 'q-limit',
};

const TYPES: { value: Form['schema']; label: string }[] = [
  { value: '', label: 'Any' },
  { value: 'Person', label: 'Person' },
  { value: 'Organization', label: 'Organization' },
  { value: 'Vessel', label: 'Vessel' },
  { value: 'Aircraft', label: 'Aircraft' },
];

export function ScreenForm({ form, onChange, onSubmit, onClear, pending, defaultThreshold, errors }: ScreenFormProps) {
  const set = <K extends keyof Form>(key: K) => (event: { target: { value: string } }) =>
    onChange({ ...form, [key]: event.target.value as Form[K] });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="panel screen-form" onSubmit={submit} aria-label="Screening query" noValidate>
      <h2 className="panel-title">Screen a name</h2>
      <Field id="q-name" label="Name" hint="Any script and any order" error={errors.name}>
        <input id="q-name" name="name" value={form.name} onChange={set('name')} required autoFocus autoComplete="off"
          spellCheck={false} {...describedBy('q-name', true, errors.name)} />
      </Field>
      <div className="field-row">
        <Field id="q-schema" label="Type">
          <select id="q-schema" name="schema" value={form.schema} onChange={set('schema')}>
            {TYPES.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
          </select>
        </Field>
        <Field id="q-gender" label="Gender">
          <select id="q-gender" name="gender" value={form.gender} onChange={set('gender')}>
            <option value="">Unknown</option>
            <option value="female">Female</option>
            <option value="male">Male</option>
          </select>
        </Field>
      </div>
      <Field id="q-dob" label="Birth date" hint="YYYY, YYYY-MM or YYYY-MM-DD" error={errors.birthDate}>
        <input id="q-dob" name="birthDate" value={form.birthDate} onChange={set('birthDate')} inputMode="numeric"
          placeholder="1952-10-07" autoComplete="off" {...describedBy('q-dob', true, errors.birthDate)} />
      </Field>
      <Field id="q-countries" label="Countries" hint="Comma-separated: ISO codes or names" error={errors.countries}>
        <input id="q-countries" name="countries" value={form.countries} onChange={set('countries')} placeholder="RU, BY"
          autoComplete="off" {...describedBy('q-countries', true, errors.countries)} />
      </Field>
      <Field id="q-ids" label="Identifiers" hint="Comma-separated: passport, tax, IMO, BIC…" error={errors.identifiers}>
        <input id="q-ids" name="identifiers" value={form.identifiers} onChange={set('identifiers')} autoComplete="off"
          spellCheck={false} {...describedBy('q-ids', true, errors.identifiers)} />
      </Field>
      <div className="field-row">
        <Field id="q-threshold" label="Threshold" error={errors.threshold}>
          <input id="q-threshold" name="threshold" type="number" min={0} max={1} step={0.01} value={form.threshold}
            onChange={set('threshold')} placeholder={defaultThreshold.toFixed(2)} {...describedBy('q-threshold', false, errors.threshold)} />
        </Field>
        <Field id="q-limit" label="Limit" error={errors.limit}>
          <input id="q-limit" name="limit" type="number" min={1} step={1} value={form.limit} onChange={set('limit')}
            {...describedBy('q-limit', false, errors.limit)} />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? 'Screening…' : 'Screen'}
        </button>
        <button type="button" className="button-secondary" onClick={onClear} disabled={pending}>
          Clear
        </button>
      </div>
    </form>
  );
}
