type Rule = { question: string; equals: string | number | boolean; points: number };

export function scoreAnswers(answers: Record<string, string | number | boolean>, rules: unknown): number {
  if (!Array.isArray(rules)) return 0;
  return (rules as Rule[]).reduce((sum, r) => (answers[r.question] === r.equals ? sum + r.points : sum), 0);
}
