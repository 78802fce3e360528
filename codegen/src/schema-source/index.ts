export { SchemaPinError, describePin, loadPin, parsePin, pinPath, PIN_FILE, type SchemaPin } from './pin.js';
export { LOCAL_HISTORY_DIR, LOCAL_MIRROR_DIR, SCHEMA_COPY_DIR, SchemaPullError, downloadArchive, pullSchema, type PullOptions, type PullResult } from './pull.js';
export {
  SCHEMA_DIR_ENV,
  SCHEMA_DIR_FLAG,
  SchemaNotFoundError,
  readSchemaFiles,
  resolveSchemaDir,
  schemaDirOverride,
  type ResolveSchemaDirOptions,
  type ResolvedSchemaDir,
} from './resolve.js';
export { readTar, readTarGz, TarError, type TarEntry } from './tar.js';
export { SchemaVerificationError, listJsonFiles, readVerifiedSchema, sha256, verifySchema, type AlteredFile, type VerifyResult } from './verify.js';
