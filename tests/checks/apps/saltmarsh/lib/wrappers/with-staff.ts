import * as v from "valibot";
import { verifySession, type Staff } from "@/lib/auth/dal";

type State = { error?: string; ok?: boolean };

// valibot-validated action for station staff (Auth.js session via the DAL).
export function validatedStaffAction<S extends v.GenericSchema, R>(
  schema: S,
  fn: (data: v.InferOutput<S>, staff: Staff) => Promise<R>,
) {
  return async (_prev: State, formData: FormData): Promise<R | State> => {
    const staff = await verifySession();
    const parsed = v.safeParse(schema, Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.issues[0]?.message ?? "Invalid input" };
    return fn(parsed.output, staff);
  };
}
