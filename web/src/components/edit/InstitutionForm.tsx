import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { execute } from '../../api/client';
import { isGraphQLRequestError } from '../../api/errors';
import { CreateInstitutionDocument, UpdateInstitutionDocument } from '../../api/operations.generated';
import type { Area } from '../../core/area/types';
import { areaDepth } from '../../core/area/utils';
import { KIND_DEFAULT_SECTOR } from '../../core/editing/kinds';
import type { FieldErrors, InstitutionForm as Form } from '../../core/editing/types';
import { toCreateInput, toUpdateInput, validateInstitution } from '../../core/editing/utils';
import { tMaybe } from '../../core/i18n';
import { INSTITUTION_KINDS, SECTORS } from '../../core/network/types';
import { errorText } from '../StatusMessage';
import { type ControlProps, Field } from './Field';
import { FormFooter } from './FormFooter';
import { serverFieldError } from './serverErrors';

interface InstitutionFormProps {
  /** The stored values (editing) or the blank form (creating). */
  initial: Form;
  /** The id when editing; null when creating. */
  id: string | null;
  /** Areas the user may place an institution in. */
  areas: readonly Area[];
  onSaved: (id: string) => void;
  onCancel: () => void;
}

type TextField = Exclude<keyof Form, 'kind' | 'sector' | 'area'>;

/** Create or edit an institution; checked with the server's rules before it is sent. */
export function InstitutionForm({ initial, id, areas, onSaved, onCancel }: InstitutionFormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof Form>(field: K, value: Form[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const text = (
    field: TextField,
    label: string,
    options: { type?: string; hint?: string; required?: boolean } = {},
  ) => (
    <Field name={field} label={label} error={errors[field]} hint={options.hint} required={options.required}>
      {(props: ControlProps) => (
        <input
          {...props}
          type={options.type ?? 'text'}
          value={form[field]}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </Field>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateInstitution(form);
    // Rendered at once, so the first invalid field can take the focus below.
    flushSync(() => setErrors(found));
    setFailure(null);
    if (Object.values(found).some(Boolean)) {
      // Take the person to the first problem.
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setSaving(true);
    try {
      if (id === null) {
        const data = await execute(CreateInstitutionDocument, { input: [toCreateInput(form)] });
        const created = data.createInstitutions.institutions[0];
        if (created) onSaved(created.id);
      } else {
        await execute(UpdateInstitutionDocument, { id, update: toUpdateInput(form, initial) });
        onSaved(id);
      }
    } catch (error) {
      const fieldError = isGraphQLRequestError(error) ? serverFieldError(error) : null;
      if (fieldError) setErrors(fieldError);
      else setFailure(isGraphQLRequestError(error) ? errorText(error) : String(error));
    } finally {
      setSaving(false);
    }
  };

  const indent = (area: Area) => '\u00a0\u00a0\u00a0'.repeat(areaDepth(area));

  return (
    <form ref={formRef} className="edit-form" noValidate onSubmit={submit} data-testid="institution-form">
      <p className="muted small">{t('edit.requiredNote')}</p>
      {text('name', t('field.name'), { required: true })}
      {text('shortName', t('field.shortName'))}
      <div className="form-row">
        <Field name="kind" label={t('details.kind')} error={errors.kind} required>
          {(props) => (
            <select
              {...props}
              value={form.kind}
              onChange={(event) => {
                const kind = event.target.value as Form['kind'];
                set('kind', kind);
                // The kind suggests a sector; the editor may still choose another.
                const suggested = kind ? KIND_DEFAULT_SECTOR[kind] : null;
                if (suggested && !form.sector) set('sector', suggested);
              }}
            >
              <option value="">{t('edit.choose')}</option>
              {INSTITUTION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="sector" label={t('details.sector')} error={errors.sector} required>
          {(props) => (
            <select
              {...props}
              value={form.sector}
              onChange={(event) => set('sector', event.target.value as Form['sector'])}
            >
              <option value="">{t('edit.choose')}</option>
              {SECTORS.map((sector) => (
                <option key={sector} value={sector}>
                  {t(`sector.${sector}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field name="area" label={t('field.seat')} error={errors.area} required hint={t('edit.seatHint')}>
        {(props) => (
          <select {...props} value={form.area} onChange={(event) => set('area', event.target.value)}>
            <option value="">{t('edit.choose')}</option>
            {areas.map((area) => (
              <option key={area.teryt} value={area.teryt}>
                {indent(area)}
                {area.name} ({tMaybe(`area.level.${area.level}`, area.level)})
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('address', t('field.address'))}
      <div className="form-row">
        {text('website', t('field.website'), { type: 'url', hint: 'https://…' })}
        {text('email', t('field.email'), { type: 'email' })}
        {text('phone', t('field.phone'), { type: 'tel' })}
      </div>
      <div className="form-row">
        {text('nip', 'NIP')}
        {text('regon', 'REGON')}
        {text('krs', 'KRS')}
      </div>
      <div className="form-row">
        {text('legalForm', t('field.legalForm'))}
        {text('founded', t('field.founded'), { type: 'date' })}
      </div>
      <div className="form-row">
        {text('lat', t('field.lat'), { hint: '50.89' })}
        {text('lon', t('field.lon'), { hint: '21.26' })}
      </div>
      <FormFooter failure={failure} saving={saving} onCancel={onCancel} />
    </form>
  );
}
