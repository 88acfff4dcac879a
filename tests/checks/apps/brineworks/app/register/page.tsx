import { RegisterForm } from "@/components/RegisterForm";

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ as?: string }> }) {
  const { as } = await searchParams;
  return (
    <div className="max-w-sm">
      <h1>{as === "skipper" ? "Register your boat" : "Register as a buyer"}</h1>
      <RegisterForm kind={as === "skipper" ? "skipper" : "buyer"} />
    </div>
  );
}
