import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { Field, inputClass } from "@/components/ui/field";

/**
 * A new password and the same again, for first-admin setup and for invitation and reset links. The server checks
 * length and the common-password list with the same rule (lib/auth/new-password-schema.ts) and sends errors back.
 */
export function NewPasswordFields({ errors }: { errors: { password?: string; confirm?: string } }) {
  return (
    <>
      <Field
        id="password"
        label="New password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words work well.`}
        error={errors.password}
        required
      >
        {(d) => (
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            required
            className={inputClass}
            aria-describedby={d}
            aria-invalid={errors.password ? true : undefined}
          />
        )}
      </Field>
      <Field id="confirm" label="The same password again" error={errors.confirm} required>
        {(d) => (
          <input
            id="confirm"
            name="confirm"
            type="password"
            autoComplete="new-password"
            required
            className={inputClass}
            aria-describedby={d}
            aria-invalid={errors.confirm ? true : undefined}
          />
        )}
      </Field>
    </>
  );
}
