export { commitArchiveUrl, commitOfTopFolder, downloadSchemaArchive, isArchivePath, schemaFolderOf, unpackSchemaArchive } from './archive.js';
export { changesetFileName, changesetText, packageBumps, packageSurfaces, releasedPackages, surfacesOfPackage, writeChangeset, TYPES_PACKAGE, type Bump, type ChangesetInfo } from './changeset.js';
export { writePin } from './pin-file.js';
export { displayPath, renderUpdateReport } from './report.js';
export { pinForFolder, schemaFilesOf, type SchemaFolderPin } from './source-folder.js';
export { updateSchema, type GenerationOutcome, type UpdateOptions, type UpdateResult, type UpdateSource } from './update.js';
