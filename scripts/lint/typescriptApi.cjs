// typescript-eslint reads types through TypeScript's JavaScript API (supported: >=4.8.4 <6.1). The
// project compiles with TypeScript 7, the native compiler, which has no such API. Only while ESLint
// runs, `require('typescript')` therefore gets the 5.9 API installed beside it under the npm alias
// `typescript-eslint-ts`; `npm run typecheck` and the build keep using the project's compiler.
const Module = require('node:module')

const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  const redirected = request === 'typescript' || request.startsWith('typescript/') ? `typescript-eslint-ts${request.slice(10)}` : request
  return resolveFilename.call(this, redirected, ...rest)
}
