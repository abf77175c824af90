/**
 * Guided tours are data: public/data/tours.json, a list of tours, each a list of steps, each
 * step a view link (the same query strings the URL uses) with a caption for students.
 */
import { z } from 'zod';
import { dataUrl } from './load';
import { parseJsonText } from './validate';

const stepSchema = z.strictObject({
  title: z.string().min(1).max(200),
  caption: z.string().max(1000).optional(),
  query: z.string().max(4000),
});

const tourSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1).max(200),
  summary: z.string().max(1000).optional(),
  steps: z.array(stepSchema).min(1).max(100),
});

export const toursFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  tours: z.array(tourSchema),
});

export type Tour = z.infer<typeof tourSchema>;

/** Parse tours.json text; a broken file gives a message, never an exception. */
export function parseTours(text: string): { tours: Tour[]; error?: string } {
  const parsed = parseJsonText('tours.json', text);
  if (parsed.problem) return { tours: [], error: parsed.problem.message };
  const result = toursFileSchema.safeParse(parsed.value);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { tours: [], error: `tours.json, field "${issue?.path.join('.')}": ${issue?.message}` };
  }
  return { tours: result.data.tours };
}

export async function loadTours(): Promise<{ tours: Tour[]; error?: string }> {
  try {
    const response = await fetch(dataUrl('tours.json'));
    if (!response.ok)
      return { tours: [], error: `tours.json could not be loaded (HTTP ${response.status})` };
    return parseTours(await response.text());
  } catch (error) {
    return { tours: [], error: `tours.json could not be loaded: ${String(error)}` };
  }
}
