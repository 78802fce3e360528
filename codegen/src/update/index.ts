export { commitArchiveUrl, downloadSchemaArchive } from './archive.js';
export { changesetFileName, changesetText, releasedPackages, writeChangeset, TYPES_PACKAGE, type Bump, type ChangesetInfo } from './changeset.js';
export { fixedUpstream, patchStatuses, type PatchStatus, type PatchVerdict } from './patch-status.js';
export { writePin } from './pin-file.js';
export { renderUpdateReport } from './report.js';
export { pinForFolder, schemaFilesOf, type SchemaFolderPin } from './source-folder.js';
export { updateSchema, type GenerationOutcome, type UpdateOptions, type UpdateResult, type UpdateSource } from './update.js';
