import { SignInForm } from "@/components/sign-in-form";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <main className="mx-auto max-w-sm py-16">
      <h1 className="mb-6 text-2xl font-semibold">Sign in to Relayhub</h1>
      <SignInForm next={next} />
    </main>
  );
}
