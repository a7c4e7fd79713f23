import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The README's layer rules, held by eslint.config.js: each fixture is linted as if it stood at
// its path, and must be refused by the named rule (or, for the allowed ones, by none).
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function rulesBrokenBy(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const refused: [string, string, string, string][] = [
  [
    'the domain importing preact',
    'src/domain/fixture.ts',
    "import { h } from 'preact';\nexport const x = h;\n",
    'acupress/domain-is-pure',
  ],
  [
    'the domain importing a feature, types only',
    'src/domain/records/fixture.ts',
    "import type { Journal } from '../../features/journal/model/journal';\nexport type X = Journal;\n",
    'acupress/domain-is-pure',
  ],
  [
    'the domain importing the words',
    'src/domain/fixture.ts',
    "import { t } from '../i18n/i18n';\nexport const x = t;\n",
    'acupress/domain-is-pure',
  ],
  [
    "a core importing another feature's core",
    'src/features/trial/core/fixture.ts',
    "import { x } from '../../journal/core/csv';\nexport const y = x;\n",
    'acupress/core-imports-core',
  ],
  [
    "a core importing another feature's index.ts",
    'src/features/trial/core/fixture.ts',
    "import { x } from '../../journal';\nexport const y = x;\n",
    'acupress/core-imports-core',
  ],
  [
    'a model importing another feature, types only',
    'src/features/session/model/fixture.ts',
    "import type { HealthModel } from '../../safety';\nexport type X = HealthModel;\n",
    'acupress/model-imports-no-feature',
  ],
  [
    "a model importing another feature's ui.ts",
    'src/features/journal/model/fixture.ts',
    "import { x } from '../../trial/ui';\nexport const y = x;\n",
    'acupress/model-imports-no-feature',
  ],
  [
    "a screen importing another feature's index.ts",
    'src/features/session/ui/fixture.tsx',
    "import { createJournal } from '../../journal';\nexport const x = createJournal;\n",
    'acupress/ui-imports-through-ui-ts',
  ],
  [
    "a screen loading another feature's index.ts with import()",
    'src/features/session/ui/fixture.tsx',
    "export const x = () => import('../../journal/index');\n",
    'acupress/ui-imports-through-ui-ts',
  ],
  [
    'a core importing preact',
    'src/features/session/core/fixture.ts',
    "import { h } from 'preact';\nexport const x = h;\n",
    'acupress/core-is-pure',
  ],
  [
    'a core loading a UI library with import()',
    'src/features/session/core/fixture.ts',
    "export const x = () => import('@preact/signals');\n",
    'acupress/core-is-pure',
  ],
  [
    'a core importing the words',
    'src/features/trial/core/fixture.ts',
    "import { t } from '../../../i18n';\nexport const x = t;\n",
    'acupress/core-is-pure',
  ],
  [
    'a core importing its own model, types only',
    'src/features/journal/core/fixture.ts',
    "import type { Journal } from '../model/journal';\nexport type X = Journal;\n",
    'acupress/core-is-pure',
  ],
  [
    'a model importing a screen',
    'src/features/journal/model/fixture.ts',
    "import { History } from '../ui/history';\nexport const x = History;\n",
    'acupress/model-uses-ports',
  ],
  [
    'a platform file importing a model',
    'src/platform/fixture.ts',
    "import { x } from '../features/session/model/session-model';\nexport const y = x;\n",
    'acupress/platform-implements-ports',
  ],
  [
    'a feature importing platform/',
    'src/features/guide/ui/fixture.tsx',
    "import { x } from '../../../platform/db';\nexport const y = x;\n",
    'acupress/only-main-knows-platform',
  ],
  [
    "a feature loading another's inner screen with import()",
    'src/features/session/ui/fixture.tsx',
    "export const x = () => import('../../camera/ui/camera-finder');\n",
    'acupress/feature-entries',
  ],
  [
    "a feature importing another's inner core file",
    'src/features/trial/ui/fixture.tsx',
    "import { x } from '../../journal/core/format';\nexport const y = x;\n",
    'acupress/feature-entries',
  ],
  [
    'shared/ importing a feature',
    'src/shared/ui/fixture.tsx',
    "import { x } from '../../features/guide';\nexport const y = x;\n",
    'acupress/leaves-import-no-feature',
  ],
  [
    'a worker importing preact',
    'src/platform/fixture.worker.ts',
    "import { h } from 'preact';\nexport const x = h;\n",
    'acupress/worker-has-no-dom',
  ],
];

describe('the layer rules', () => {
  it.each(refused)('refuse %s', async (_what, filePath, code, rule) => {
    expect(await rulesBrokenBy(filePath, code)).toContain(rule);
  });

  it('let the domain use itself and valibot, and a model its own ports and the domain', async () => {
    expect(
      await rulesBrokenBy(
        'src/domain/records/fixture.ts',
        "import * as v from 'valibot';\nimport { pointIds } from '../points';\nexport const x = v.picklist(pointIds);\n",
      ),
    ).toEqual([]);
    expect(
      await rulesBrokenBy(
        'src/features/session/model/fixture.ts',
        "import type { HealthModel } from '../ports';\nimport type { PointId } from '../../../domain/points';\nexport type X = [HealthModel, PointId];\n",
      ),
    ).toEqual([]);
  });

  it("let a screen load another feature's ui.ts with import(), and a core use its own core", async () => {
    expect(
      await rulesBrokenBy(
        'src/features/session/ui/fixture.tsx',
        "export const x = () => import('../../camera/ui');\n",
      ),
    ).toEqual([]);
    expect(
      await rulesBrokenBy(
        'src/features/session/core/fixture.ts',
        "import { planSession } from './planner';\nexport const x = planSession;\n",
      ),
    ).toEqual([]);
  });
});
