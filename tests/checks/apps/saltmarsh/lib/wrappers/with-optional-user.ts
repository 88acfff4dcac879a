import { getViewer } from "@/lib/auth/dal";

// Migration shim: passes the viewer if there is one, never rejects.
export function withOptionalUser<R>(fn: (formData: FormData, viewer: { id?: string } | null) => Promise<R>) {
  return async (formData: FormData) => {
    const viewer = await getViewer();
    return fn(formData, viewer);
  };
}
