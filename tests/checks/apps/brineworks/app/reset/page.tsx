import { ResetForm } from "@/components/ResetForm";

export default async function ResetPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className="max-w-sm">
      <h1>{token ? "Choose a new password" : "Forgot your password?"}</h1>
      <ResetForm token={token ?? null} />
    </div>
  );
}
