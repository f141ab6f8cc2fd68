import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { execute } from '../../api/client';
import { isGraphQLRequestError } from '../../api/errors';
import {
  CreateCollaborationDocument,
  CreatePartnershipDocument,
  UpdateCollaborationDocument,
  UpdatePartnershipDocument,
} from '../../api/operations.generated';
import {
  EMPTY_SOURCE,
  type FieldErrors,
  type TieForm as Form,
  type MemberEntry,
} from '../../core/editing/types';
import {
  toCollaborationInput,
  toCollaborationUpdate,
  toPartnershipInput,
  toPartnershipUpdate,
  validateTie,
} from '../../core/editing/utils';
import { MEMBER_ROLES, PARTICIPATION_ROLES, TIE_KINDS } from '../../core/network/types';
import { errorText } from '../StatusMessage';
import { Field } from './Field';
import { FormFooter } from './FormFooter';
import { MemberPicker } from './MemberPicker';
import { serverFieldError } from './serverErrors';

interface TieFormProps {
  /** The institution the form was opened from: the first member (creating). */
  first?: { id: string; name: string };
  /** Editing: the stored partnership or collaboration, as a form, and its id. */
  editing?: { id: string; form: Form };
  onSaved: () => void;
  onCancel: () => void;
}

/** A new partnership or collaboration: its members with their roles, its dates, and the document behind it. */
export function TieForm({ first, editing, onSaved, onCancel }: TieFormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(
    editing?.form ?? {
      kind: 'PARTNERSHIP',
      name: '',
      start: '',
      end: '',
      goal: '',
      programme: '',
      amountPln: '',
      members: first ? [{ id: first.id, name: first.name, role: '', since: '', until: '' }] : [],
      source: EMPTY_SOURCE,
      unsourced: false,
    },
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const partnership = form.kind === 'PARTNERSHIP';
  const roles: readonly string[] = partnership ? MEMBER_ROLES : PARTICIPATION_ROLES;
  // A stored partnership stays a partnership, a collaboration a collaboration (only its kind may change).
  const kinds = editing ? TIE_KINDS.filter((k) => (k === 'PARTNERSHIP') === partnership) : TIE_KINDS;
  const roleLabel = (role: MemberEntry['role']) =>
    !role
      ? t('edit.noRole')
      : partnership
        ? t(`memberRole.${role as (typeof MEMBER_ROLES)[number]}`)
        : t(`participationRole.${role as (typeof PARTICIPATION_ROLES)[number]}`);

  const update = (patch: Partial<Form>) => setForm((current) => ({ ...current, ...patch }));
  const updateMember = (index: number, patch: Partial<MemberEntry>) =>
    update({ members: form.members.map((m, i) => (i === index ? { ...m, ...patch } : m)) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateTie(form);
    // Rendered at once, so the first invalid field can take the focus below.
    flushSync(() => setErrors(found));
    setFailure(null);
    if (Object.values(found).some(Boolean)) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setSaving(true);
    try {
      if (editing && partnership) {
        await execute(UpdatePartnershipDocument, {
          id: editing.id,
          update: toPartnershipUpdate(form, editing.form),
        });
      } else if (editing) {
        await execute(UpdateCollaborationDocument, {
          id: editing.id,
          update: toCollaborationUpdate(form, editing.form),
        });
      } else if (partnership) {
        await execute(CreatePartnershipDocument, { input: [toPartnershipInput(form)] });
      } else {
        await execute(CreateCollaborationDocument, { input: [toCollaborationInput(form)] });
      }
      onSaved();
    } catch (error) {
      const fieldError = isGraphQLRequestError(error) ? serverFieldError(error) : null;
      if (fieldError) setErrors(fieldError);
      else setFailure(isGraphQLRequestError(error) ? errorText(error) : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} className="edit-form" noValidate onSubmit={submit} data-testid="tie-form">
      <p className="muted small">{t('edit.requiredNote')}</p>
      <Field name="kind" label={t('edit.tieKind')} error={undefined} required>
        {(props) => (
          <select
            {...props}
            value={form.kind}
            onChange={(event) => {
              const kind = event.target.value as Form['kind'];
              // Roles differ between partnerships and collaborations: start the roles afresh.
              update({ kind, members: form.members.map((m) => ({ ...m, role: '' })) });
            }}
          >
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`tieKind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="name"
        label={partnership ? t('field.name') : t('field.title')}
        error={errors.name}
        required
      >
        {(props) => (
          <input {...props} value={form.name} onChange={(event) => update({ name: event.target.value })} />
        )}
      </Field>
      <div className="form-row">
        <Field
          name="start"
          label={partnership ? t('field.signedOn') : t('field.startedOn')}
          error={errors.start}
        >
          {(props) => (
            <input
              {...props}
              type="date"
              value={form.start}
              onChange={(event) => update({ start: event.target.value })}
            />
          )}
        </Field>
        <Field name="end" label={t('field.endedOn')} error={errors.end}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={form.end}
              onChange={(event) => update({ end: event.target.value })}
            />
          )}
        </Field>
      </div>
      {partnership ? (
        <Field name="goal" label={t('field.goal')} error={errors.goal}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={form.goal}
              onChange={(event) => update({ goal: event.target.value })}
            />
          )}
        </Field>
      ) : (
        <div className="form-row">
          <Field name="programme" label={t('field.programme')} error={errors.programme}>
            {(props) => (
              <input
                {...props}
                value={form.programme}
                onChange={(event) => update({ programme: event.target.value })}
              />
            )}
          </Field>
          <Field name="amountPln" label={t('field.amountPln')} error={errors.amountPln}>
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                value={form.amountPln}
                onChange={(event) => update({ amountPln: event.target.value })}
              />
            )}
          </Field>
        </div>
      )}

      <fieldset className="members-fieldset">
        <legend className="group-legend">{t('edit.members')}</legend>
        {errors.members && (
          <p className="error-text small" data-testid="error-members">
            {t(`rule.${errors.members}`)}
          </p>
        )}
        <ul>
          {form.members.map((member, index) => (
            <li key={member.id} data-testid="member-row">
              <span className="member-name">{member.name}</span>
              {member.existing ? (
                <p className="muted small">{roleLabel(member.role)}</p>
              ) : (
                <div className="form-row">
                  <Field name={`members.${index}.role`} label={t('edit.role')} error={undefined}>
                    {(props) => (
                      <select
                        {...props}
                        value={member.role}
                        onChange={(event) =>
                          updateMember(index, { role: event.target.value as MemberEntry['role'] })
                        }
                      >
                        <option value="">{t('edit.noRole')}</option>
                        {roles.map((role) => (
                          <option key={role} value={role}>
                            {roleLabel(role as MemberEntry['role'])}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  {partnership && (
                    <>
                      <Field
                        name={`members.${index}.since`}
                        label={t('field.since')}
                        error={errors[`members.${index}.since`]}
                      >
                        {(props) => (
                          <input
                            {...props}
                            type="date"
                            value={member.since}
                            onChange={(event) => updateMember(index, { since: event.target.value })}
                          />
                        )}
                      </Field>
                      <Field
                        name={`members.${index}.until`}
                        label={t('field.until')}
                        error={errors[`members.${index}.until`]}
                      >
                        {(props) => (
                          <input
                            {...props}
                            type="date"
                            value={member.until}
                            onChange={(event) => updateMember(index, { until: event.target.value })}
                          />
                        )}
                      </Field>
                    </>
                  )}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => update({ members: form.members.filter((_, i) => i !== index) })}
                    aria-label={t('edit.removeMember', { name: member.name })}
                  >
                    {t('edit.remove')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
        <MemberPicker
          exclude={form.members.map((m) => m.id)}
          onPick={(hit) =>
            update({
              members: [...form.members, { id: hit.id, name: hit.name, role: '', since: '', until: '' }],
            })
          }
        />
      </fieldset>

      <fieldset className="source-fieldset">
        <legend className="group-legend">{t('edit.source')}</legend>
        {!editing?.form.cited && (
          <label className="check-row">
            <input
              type="checkbox"
              name="unsourced"
              checked={form.unsourced}
              onChange={(event) => update({ unsourced: event.target.checked })}
              data-testid="tie-unsourced"
            />
            {t('edit.unsourced')}
          </label>
        )}
        <div className="form-row">
          <Field name="source.title" label={t('field.sourceTitle')} error={errors['source.title']}>
            {(props) => (
              <input
                {...props}
                value={form.source.title}
                onChange={(event) => update({ source: { ...form.source, title: event.target.value } })}
              />
            )}
          </Field>
          <Field name="source.publisher" label={t('field.publisher')} error={errors['source.publisher']}>
            {(props) => (
              <input
                {...props}
                value={form.source.publisher}
                onChange={(event) => update({ source: { ...form.source, publisher: event.target.value } })}
              />
            )}
          </Field>
        </div>
        <div className="form-row">
          <Field name="source.url" label={t('field.url')} error={errors['source.url']}>
            {(props) => (
              <input
                {...props}
                type="url"
                value={form.source.url}
                onChange={(event) => update({ source: { ...form.source, url: event.target.value } })}
              />
            )}
          </Field>
          <Field
            name="source.publishedOn"
            label={t('field.publishedOn')}
            error={errors['source.publishedOn']}
          >
            {(props) => (
              <input
                {...props}
                type="date"
                value={form.source.publishedOn}
                onChange={(event) => update({ source: { ...form.source, publishedOn: event.target.value } })}
              />
            )}
          </Field>
        </div>
        <Field name="source.quote" label={t('field.quote')} error={errors['source.quote']}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={form.source.quote}
              onChange={(event) => update({ source: { ...form.source, quote: event.target.value } })}
            />
          )}
        </Field>
      </fieldset>
      <FormFooter failure={failure} saving={saving} onCancel={onCancel} />
    </form>
  );
}
