/** `npm run check`: every content and dictionary check the build runs, without building; exits 1 on a problem. */
import { checkRegister } from '../src/checks/run.ts';
import { formatProblems } from '../src/checks/problem.ts';
import { defaultRoots } from '../src/model/load.ts';

const { problems } = await checkRegister(defaultRoots());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log("The register's content and dictionaries pass every check.");
