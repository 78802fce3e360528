// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@0efe478fc1011bc167fd389dd1dc36efc883de02 (API 5.199), with the patches in schema/patches/.
// Contents: VK upload flows from schema/uploads.json (runtime table and types).
/* eslint-disable */

import type { ApiMethodName } from './methods.gen.js';
import type { ApiParams, ApiResponse } from '../select.js';

/** Every upload flow, by the name of its `@vkts/upload` method. */
export type UploadFlowName = "messagePhoto" | "messageDocument" | "audioMessage" | "graffiti" | "wallPhoto" | "wallDocument" | "document" | "albumPhotos" | "ownerPhoto" | "ownerCover" | "chatPhoto" | "marketProductPhoto" | "marketAlbumPhoto" | "pollPhoto" | "storyPhoto" | "storyVideo" | "video" | "videoThumb" | "appWidgetImage" | "groupWidgetImage";

/** What a flow's save step returns, and so which attachment strings it makes. */
export type UploadResultKind = 'photos' | 'doc' | 'stories' | 'video' | 'none';

/** Where a save param's value comes from: a field of the upload reply, the whole reply as JSON, or a field as a one-item list. */
export type UploadReplySource = { readonly kind: 'field'; readonly field: string } | { readonly kind: 'json' } | { readonly kind: 'list'; readonly field: string };

/** One flow as data: what to call, what to POST, how the reply becomes save params. */
export interface UploadFlowSpec {
  readonly name: UploadFlowName;
  /** `fixed`: params the flow always sends (e.g. `type: audio_message`). */
  readonly getServer: { readonly method: ApiMethodName; readonly params: readonly string[]; readonly fixed: readonly (readonly [string, string])[] };
  /** `field` has `{n}` where several files are numbered (`file1`…); `under`: the reply's fields sit inside this key. */
  readonly upload: { readonly field: string; readonly maxFiles: number; readonly reply: readonly string[]; readonly under: string | undefined };
  /** Absent for `video`: video.save hands out the URL and the upload finishes the flow. */
  readonly save: { readonly method: ApiMethodName; readonly params: readonly string[]; readonly fromReply: readonly (readonly [string, UploadReplySource])[] } | undefined;
  readonly result: UploadResultKind;
  /** VK's size limit per file, and the content types it accepts (empty: any; a trailing `/` matches a family). */
  readonly limits: { readonly maxBytes: number; readonly contentTypes: readonly string[] };
}

/** The flows as data, for `@vkts/upload` and the fake VK. */
export const uploadFlows: { readonly [K in UploadFlowName]: UploadFlowSpec & { readonly name: K } } = {
  messagePhoto: {
    name: "messagePhoto",
    getServer: { method: "photos.getMessagesUploadServer", params: ["peer_id"], fixed: [] },
    upload: { field: "photo", maxFiles: 1, reply: ["server", "photo", "hash"], under: undefined },
    save: { method: "photos.saveMessagesPhoto", params: [], fromReply: [["server", { kind: "field", field: "server" }], ["photo", { kind: "field", field: "photo" }], ["hash", { kind: "field", field: "hash" }]] },
    result: "photos",
    limits: { maxBytes: 52428800, contentTypes: ["image/jpeg", "image/png", "image/gif"] },
  },
  messageDocument: {
    name: "messageDocument",
    getServer: { method: "docs.getMessagesUploadServer", params: ["peer_id"], fixed: [["type", "doc"]] },
    upload: { field: "file", maxFiles: 1, reply: ["file"], under: undefined },
    save: { method: "docs.save", params: ["title", "tags", "return_tags"], fromReply: [["file", { kind: "field", field: "file" }]] },
    result: "doc",
    limits: { maxBytes: 209715200, contentTypes: [] },
  },
  audioMessage: {
    name: "audioMessage",
    getServer: { method: "docs.getMessagesUploadServer", params: ["peer_id"], fixed: [["type", "audio_message"]] },
    upload: { field: "file", maxFiles: 1, reply: ["file"], under: undefined },
    save: { method: "docs.save", params: ["title", "tags"], fromReply: [["file", { kind: "field", field: "file" }]] },
    result: "doc",
    limits: { maxBytes: 209715200, contentTypes: ["audio/ogg", "audio/opus"] },
  },
  graffiti: {
    name: "graffiti",
    getServer: { method: "docs.getMessagesUploadServer", params: ["peer_id"], fixed: [["type", "graffiti"]] },
    upload: { field: "file", maxFiles: 1, reply: ["file"], under: undefined },
    save: { method: "docs.save", params: ["title", "tags"], fromReply: [["file", { kind: "field", field: "file" }]] },
    result: "doc",
    limits: { maxBytes: 209715200, contentTypes: ["image/png"] },
  },
  wallPhoto: {
    name: "wallPhoto",
    getServer: { method: "photos.getWallUploadServer", params: ["group_id"], fixed: [] },
    upload: { field: "photo", maxFiles: 1, reply: ["server", "photo", "hash"], under: undefined },
    save: { method: "photos.saveWallPhoto", params: ["user_id", "group_id", "latitude", "longitude", "caption"], fromReply: [["server", { kind: "field", field: "server" }], ["photo", { kind: "field", field: "photo" }], ["hash", { kind: "field", field: "hash" }]] },
    result: "photos",
    limits: { maxBytes: 52428800, contentTypes: ["image/jpeg", "image/png", "image/gif"] },
  },
  wallDocument: {
    name: "wallDocument",
    getServer: { method: "docs.getWallUploadServer", params: ["group_id"], fixed: [] },
    upload: { field: "file", maxFiles: 1, reply: ["file"], under: undefined },
    save: { method: "docs.save", params: ["title", "tags", "return_tags"], fromReply: [["file", { kind: "field", field: "file" }]] },
    result: "doc",
    limits: { maxBytes: 209715200, contentTypes: [] },
  },
  document: {
    name: "document",
    getServer: { method: "docs.getUploadServer", params: ["group_id"], fixed: [] },
    upload: { field: "file", maxFiles: 1, reply: ["file"], under: undefined },
    save: { method: "docs.save", params: ["title", "tags", "return_tags"], fromReply: [["file", { kind: "field", field: "file" }]] },
    result: "doc",
    limits: { maxBytes: 209715200, contentTypes: [] },
  },
  albumPhotos: {
    name: "albumPhotos",
    getServer: { method: "photos.getUploadServer", params: ["album_id", "group_id"], fixed: [] },
    upload: { field: "file{n}", maxFiles: 5, reply: ["server", "photos_list", "aid", "hash"], under: undefined },
    save: { method: "photos.save", params: ["album_id", "group_id", "latitude", "longitude", "caption"], fromReply: [["server", { kind: "field", field: "server" }], ["photos_list", { kind: "field", field: "photos_list" }], ["hash", { kind: "field", field: "hash" }]] },
    result: "photos",
    limits: { maxBytes: 52428800, contentTypes: ["image/jpeg", "image/png", "image/gif"] },
  },
  ownerPhoto: {
    name: "ownerPhoto",
    getServer: { method: "photos.getOwnerPhotoUploadServer", params: ["owner_id"], fixed: [] },
    upload: { field: "photo", maxFiles: 1, reply: ["server", "photo", "hash"], under: undefined },
    save: { method: "photos.saveOwnerPhoto", params: [], fromReply: [["server", { kind: "field", field: "server" }], ["photo", { kind: "field", field: "photo" }], ["hash", { kind: "field", field: "hash" }]] },
    result: "none",
    limits: { maxBytes: 52428800, contentTypes: ["image/jpeg", "image/png", "image/gif"] },
  },
  ownerCover: {
    name: "ownerCover",
    getServer: { method: "photos.getOwnerCoverPhotoUploadServer", params: ["group_id", "crop_x", "crop_y", "crop_x2", "crop_y2", "is_video_cover"], fixed: [] },
    upload: { field: "photo", maxFiles: 1, reply: ["hash", "photo"], under: undefined },
    save: { method: "photos.saveOwnerCoverPhoto", params: [], fromReply: [["hash", { kind: "field", field: "hash" }], ["photo", { kind: "field", field: "photo" }]] },
    result: "none",
    limits: { maxBytes: 52428800, contentTypes: ["image/jpeg", "image/png", "image/gif"] },
  },
  chatPhoto: {
    name: "chatPhoto",
    getServer: { method: "photos.getChatUploadServer", params: ["chat_id", "crop_x", "crop_y", "crop_width"], fixed: [] },
    upload: { field: "file", maxFiles: 1, reply: ["response"], under: undefined },
    save: { method: "messages.setChatPhoto", params: [], fromReply: [["file", { kind: "field", field: "response" }]] },
    result: "none",
    limits: { maxBytes: 52428800, contentTypes: ["image/jpeg", "image/png", "image/gif"] },
  },
  marketProductPhoto: {
    name: "marketProductPhoto",
    getServer: { method: "market.getProductPhotoUploadServer", params: ["group_id"], fixed: [] },
    upload: { field: "file", maxFiles: 1, reply: [], under: undefined },
    save: { method: "market.saveProductPhoto", params: [], fromReply: [["upload_response", { kind: 'json' }]] },
    result: "none",
    limits: { maxBytes: 52428800, contentTypes: ["image/jpeg", "image/png", "image/gif"] },
  },
  marketAlbumPhoto: {
    name: "marketAlbumPhoto",
    getServer: { method: "photos.getMarketAlbumUploadServer", params: ["group_id"], fixed: [] },
    upload: { field: "file", maxFiles: 1, reply: ["server", "photo", "hash"], under: undefined },
    save: { method: "photos.saveMarketAlbumPhoto", params: ["group_id"], fromReply: [["server", { kind: "field", field: "server" }], ["photo", { kind: "field", field: "photo" }], ["hash", { kind: "field", field: "hash" }]] },
    result: "photos",
    limits: { maxBytes: 52428800, contentTypes: ["image/jpeg", "image/png", "image/gif"] },
  },
  pollPhoto: {
    name: "pollPhoto",
    getServer: { method: "polls.getPhotoUploadServer", params: ["owner_id"], fixed: [] },
    upload: { field: "photo", maxFiles: 1, reply: ["photo", "hash"], under: undefined },
    save: { method: "polls.savePhoto", params: [], fromReply: [["photo", { kind: "field", field: "photo" }], ["hash", { kind: "field", field: "hash" }]] },
    result: "none",
    limits: { maxBytes: 52428800, contentTypes: ["image/jpeg", "image/png", "image/gif"] },
  },
  storyPhoto: {
    name: "storyPhoto",
    getServer: { method: "stories.getPhotoUploadServer", params: ["add_to_news", "user_ids", "reply_to_story", "link_text", "link_url", "group_id", "clickable_stickers"], fixed: [] },
    upload: { field: "file", maxFiles: 1, reply: ["upload_result"], under: "response" },
    save: { method: "stories.save", params: ["extended", "fields"], fromReply: [["upload_results", { kind: "list", field: "upload_result" }]] },
    result: "stories",
    limits: { maxBytes: 10485760, contentTypes: ["image/jpeg", "image/png", "image/gif"] },
  },
  storyVideo: {
    name: "storyVideo",
    getServer: { method: "stories.getVideoUploadServer", params: ["add_to_news", "user_ids", "reply_to_story", "link_text", "link_url", "group_id", "clickable_stickers"], fixed: [] },
    upload: { field: "video_file", maxFiles: 1, reply: ["upload_result"], under: "response" },
    save: { method: "stories.save", params: ["extended", "fields"], fromReply: [["upload_results", { kind: "list", field: "upload_result" }]] },
    result: "stories",
    limits: { maxBytes: 5242880000, contentTypes: ["video/mp4"] },
  },
  video: {
    name: "video",
    getServer: { method: "video.save", params: ["name", "description", "is_private", "wallpost", "group_id", "album_id", "privacy_view", "privacy_comment", "no_comments", "repeat", "compression"], fixed: [] },
    upload: { field: "video_file", maxFiles: 1, reply: ["video_hash", "size", "owner_id", "video_id"], under: undefined },
    save: undefined,
    result: "video",
    limits: { maxBytes: 5242880000, contentTypes: ["video/mp4", "video/"] },
  },
  videoThumb: {
    name: "videoThumb",
    getServer: { method: "video.getThumbUploadUrl", params: ["owner_id"], fixed: [] },
    upload: { field: "file", maxFiles: 1, reply: [], under: undefined },
    save: { method: "video.saveUploadedThumb", params: ["owner_id", "thumb_size", "random_tag", "video_id", "set_thumb"], fromReply: [["thumb_json", { kind: 'json' }]] },
    result: "none",
    limits: { maxBytes: 52428800, contentTypes: ["image/jpeg", "image/png", "image/gif"] },
  },
  appWidgetImage: {
    name: "appWidgetImage",
    getServer: { method: "appWidgets.getAppImageUploadServer", params: ["image_type"], fixed: [] },
    upload: { field: "image", maxFiles: 1, reply: ["hash", "image"], under: undefined },
    save: { method: "appWidgets.saveAppImage", params: [], fromReply: [["hash", { kind: "field", field: "hash" }], ["image", { kind: "field", field: "image" }]] },
    result: "none",
    limits: { maxBytes: 52428800, contentTypes: ["image/jpeg", "image/png", "image/gif"] },
  },
  groupWidgetImage: {
    name: "groupWidgetImage",
    getServer: { method: "appWidgets.getGroupImageUploadServer", params: ["image_type"], fixed: [] },
    upload: { field: "image", maxFiles: 1, reply: ["hash", "image"], under: undefined },
    save: { method: "appWidgets.saveGroupImage", params: [], fromReply: [["hash", { kind: "field", field: "hash" }], ["image", { kind: "field", field: "image" }]] },
    result: "none",
    limits: { maxBytes: 52428800, contentTypes: ["image/jpeg", "image/png", "image/gif"] },
  },
};

/** Each flow's types: the params it takes from the caller for each step, and the response it ends with. */
export interface UploadFlows {
  /**
   * A photo for a private message or chat (messages.send attachment).
   *
   * photos.getMessagesUploadServer → POST `photo` → photos.saveMessagesPhoto.
   * Limits: JPG, PNG, GIF; width + height at most 14000 px; up to 50 MB.
   *
   * Evidence: vk-upload 4. Uploading Photos into a Private Message: field photo, reply server/photo/hash, then photos.saveMessagesPhoto
   * Evidence: vk-method photos.saveMessagesPhoto
   * Evidence: vk-io messagePhoto: field 'photo'
   * Evidence: vksdk UploadMessagesPhoto: field 'photo'
   */
  messagePhoto: {
    getServerParams: Pick<ApiParams<"photos.getMessagesUploadServer">, "peer_id">;
    saveParams: Pick<ApiParams<"photos.saveMessagesPhoto">, never>;
    response: ApiResponse<"photos.saveMessagesPhoto">;
    result: "photos";
    maxFiles: 1;
  };
  /**
   * A document for a private message or chat.
   *
   * docs.getMessagesUploadServer → POST `file` → docs.save.
   * Limits: any format but MP3 and executables; up to 200 MB.
   *
   * Evidence: vk-doc docs.getMessagesUploadServer, field file, reply {file}, then docs.save; up to 200 MB
   * Evidence: vk-io messageDocument: type 'doc', field 'file'
   */
  messageDocument: {
    getServerParams: Pick<ApiParams<"docs.getMessagesUploadServer">, "peer_id">;
    saveParams: Pick<ApiParams<"docs.save">, "title" | "tags" | "return_tags">;
    response: ApiResponse<"docs.save">;
    result: "doc";
    maxFiles: 1;
  };
  /**
   * A voice message (sent as a doc attachment).
   *
   * docs.getMessagesUploadServer → POST `file` → docs.save.
   * Limits: OGG/OPUS, 16 kHz, 16 kbps, at most 5 minutes; the document limit (200 MB) applies to the file.
   *
   * Evidence: vk-audio docs.getMessagesUploadServer with type=audio_message, field file, reply {file}, then docs.save
   * Evidence: vk-io audioMessage: type 'audio_message'
   */
  audioMessage: {
    getServerParams: Pick<ApiParams<"docs.getMessagesUploadServer">, "peer_id">;
    saveParams: Pick<ApiParams<"docs.save">, "title" | "tags">;
    response: ApiResponse<"docs.save">;
    result: "doc";
    maxFiles: 1;
  };
  /**
   * A graffiti for a message (a PNG with transparency, sent as a doc attachment).
   *
   * docs.getMessagesUploadServer → POST `file` → docs.save.
   * Limits: PNG; the document limit applies.
   *
   * Evidence: vk-method docs.getMessagesUploadServer: type is doc, audio_message or graffiti
   * Evidence: vk-io messageGraffiti: docs.getMessagesUploadServer type 'graffiti', field 'file'
   */
  graffiti: {
    getServerParams: Pick<ApiParams<"docs.getMessagesUploadServer">, "peer_id">;
    saveParams: Pick<ApiParams<"docs.save">, "title" | "tags">;
    response: ApiResponse<"docs.save">;
    result: "doc";
    maxFiles: 1;
  };
  /**
   * A photo for a wall post (wall.post attachment).
   *
   * photos.getWallUploadServer → POST `photo` → photos.saveWallPhoto.
   * Limits: JPG, PNG, GIF; width + height at most 14000 px; up to 50 MB.
   *
   * Evidence: vk-upload 2. Uploading Photos on User Wall: field photo, reply server/photo/hash, then photos.saveWallPhoto
   * Evidence: vk-io wallPhoto: field 'photo'
   * Evidence: vksdk uploadWallPhoto: field 'photo'
   */
  wallPhoto: {
    getServerParams: Pick<ApiParams<"photos.getWallUploadServer">, "group_id">;
    saveParams: Pick<ApiParams<"photos.saveWallPhoto">, "user_id" | "group_id" | "latitude" | "longitude" | "caption">;
    response: ApiResponse<"photos.saveWallPhoto">;
    result: "photos";
    maxFiles: 1;
  };
  /**
   * A document for a wall post.
   *
   * docs.getWallUploadServer → POST `file` → docs.save.
   * Limits: any format but MP3 and executables; up to 200 MB.
   *
   * Evidence: vk-doc docs.getWallUploadServer uploads a document to a wall; field file
   * Evidence: vk-io wallDocument: field 'file'
   */
  wallDocument: {
    getServerParams: Pick<ApiParams<"docs.getWallUploadServer">, "group_id">;
    saveParams: Pick<ApiParams<"docs.save">, "title" | "tags" | "return_tags">;
    response: ApiResponse<"docs.save">;
    result: "doc";
    maxFiles: 1;
  };
  /**
   * A document in the user's or community's Files.
   *
   * docs.getUploadServer → POST `file` → docs.save.
   * Limits: any format but MP3 and executables; up to 200 MB.
   *
   * Evidence: vk-doc docs.getUploadServer, field file, reply {file}, then docs.save; up to 200 MB
   * Evidence: vksdk UploadDoc: field 'file'
   */
  document: {
    getServerParams: Pick<ApiParams<"docs.getUploadServer">, "group_id">;
    saveParams: Pick<ApiParams<"docs.save">, "title" | "tags" | "return_tags">;
    response: ApiResponse<"docs.save">;
    result: "doc";
    maxFiles: 1;
  };
  /**
   * Up to 5 photos into an album in one request (fields file1..file5).
   *
   * photos.getUploadServer → POST `file{n}` (up to 5 files) → photos.save.
   * Limits: JPG, PNG, GIF; at most 5 at a time; width + height at most 14000 px; up to 50 MB each.
   *
   * Evidence: vk-upload 1. Uploading Photos into User Album: fields file1-file5, reply server/photos_list/aid/hash, then photos.save
   * Evidence: vk-io photoAlbum: field 'file', maxFiles 5 (file1..file5)
   */
  albumPhotos: {
    getServerParams: Pick<ApiParams<"photos.getUploadServer">, "album_id" | "group_id">;
    saveParams: Pick<ApiParams<"photos.save">, "album_id" | "group_id" | "latitude" | "longitude" | "caption">;
    response: ApiResponse<"photos.save">;
    result: "photos";
    maxFiles: 5;
  };
  /**
   * The main photo of the user or a community (owner_id < 0).
   *
   * photos.getOwnerPhotoUploadServer → POST `photo` → photos.saveOwnerPhoto.
   * Limits: at least 200x200 px; width + height at most 14000 px; up to 50 MB.
   *
   * Evidence: vk-upload 3. Uploading Photos into User Profile or Community: field photo, then photos.saveOwnerPhoto
   * Evidence: vk-method photos.saveOwnerPhoto: server, hash, photo
   * Evidence: vksdk uploadOwnerPhoto: field 'photo'
   */
  ownerPhoto: {
    getServerParams: Pick<ApiParams<"photos.getOwnerPhotoUploadServer">, "owner_id">;
    saveParams: Pick<ApiParams<"photos.saveOwnerPhoto">, never>;
    response: ApiResponse<"photos.saveOwnerPhoto">;
    result: "none";
    maxFiles: 1;
  };
  /**
   * A community cover (crop given to the get-server method).
   *
   * photos.getOwnerCoverPhotoUploadServer → POST `photo` → photos.saveOwnerCoverPhoto.
   * Limits: at least 795x200 px (1590x400 recommended); up to 50 MB.
   *
   * Evidence: vk-upload 11. Uploading Community Cover: field photo, reply hash/photo, then photos.saveOwnerCoverPhoto
   * Evidence: vk-method photos.saveOwnerCoverPhoto: hash and photo required
   * Evidence: vk-io ownerCover: field 'photo'
   */
  ownerCover: {
    getServerParams: Pick<ApiParams<"photos.getOwnerCoverPhotoUploadServer">, "group_id" | "crop_x" | "crop_y" | "crop_x2" | "crop_y2" | "is_video_cover">;
    saveParams: Pick<ApiParams<"photos.saveOwnerCoverPhoto">, never>;
    response: ApiResponse<"photos.saveOwnerCoverPhoto">;
    result: "none";
    maxFiles: 1;
  };
  /**
   * The photo of a group chat; messages.setChatPhoto sets it.
   *
   * photos.getChatUploadServer → POST `file` → messages.setChatPhoto.
   * Limits: at least 200x200 px; width + height at most 14000 px; up to 50 MB.
   *
   * Evidence: vk-upload 5. Uploading a Main Photo to a Group Chat: field file, reply {response}, then messages.setChatPhoto with file=response
   * Evidence: vk-method messages.setChatPhoto
   * Evidence: vksdk uploadChatPhoto: field 'file', file=handler.Response
   */
  chatPhoto: {
    getServerParams: Pick<ApiParams<"photos.getChatUploadServer">, "chat_id" | "crop_x" | "crop_y" | "crop_width">;
    saveParams: Pick<ApiParams<"messages.setChatPhoto">, never>;
    response: ApiResponse<"messages.setChatPhoto">;
    result: "none";
    maxFiles: 1;
  };
  /**
   * A market product photo; the photo_id goes to market.add / market.edit.
   *
   * market.getProductPhotoUploadServer → POST `file` → market.saveProductPhoto.
   * Limits: at least 400x400 px; width + height at most 14000 px; up to 50 MB.
   *
   * Evidence: vk-upload 6. Uploading a Market Item Photo: field file, up to 50 MB, at least 400x400
   * Evidence: vk-method market.saveProductPhoto: upload_response is the upload server's whole reply
   */
  marketProductPhoto: {
    getServerParams: Pick<ApiParams<"market.getProductPhotoUploadServer">, "group_id">;
    saveParams: Pick<ApiParams<"market.saveProductPhoto">, never>;
    response: ApiResponse<"market.saveProductPhoto">;
    result: "none";
    maxFiles: 1;
  };
  /**
   * A market collection photo.
   *
   * photos.getMarketAlbumUploadServer → POST `file` → photos.saveMarketAlbumPhoto.
   * Limits: at least 1280x720 px; up to 50 MB.
   *
   * Evidence: vk-upload 7. Uploading a Market Collection Photo: field file, then photos.saveMarketAlbumPhoto
   * Evidence: vk-io marketAlbumPhoto: field 'file'
   * Evidence: vksdk UploadMarketAlbumPhoto: field 'file'
   */
  marketAlbumPhoto: {
    getServerParams: Pick<ApiParams<"photos.getMarketAlbumUploadServer">, "group_id">;
    saveParams: Pick<ApiParams<"photos.saveMarketAlbumPhoto">, "group_id">;
    response: ApiResponse<"photos.saveMarketAlbumPhoto">;
    result: "photos";
    maxFiles: 1;
  };
  /**
   * A poll background photo; its id goes to polls.create.
   *
   * polls.getPhotoUploadServer → POST `photo` → polls.savePhoto.
   * Limits: at least 510x200 px; up to 50 MB (photo limits).
   *
   * Evidence: vk-method polls.savePhoto: photo and hash returned by the upload
   * Evidence: vksdk uploadPollsPhoto: field 'photo' (vk-io pollPhoto posts 'file' instead; which one VK prefers is not documented)
   */
  pollPhoto: {
    getServerParams: Pick<ApiParams<"polls.getPhotoUploadServer">, "owner_id">;
    saveParams: Pick<ApiParams<"polls.savePhoto">, never>;
    response: ApiResponse<"polls.savePhoto">;
    result: "none";
    maxFiles: 1;
  };
  /**
   * A photo story; the upload server answers inside `response`, stories.save publishes it.
   *
   * stories.getPhotoUploadServer → POST `file` → stories.save.
   * Limits: JPG, PNG, GIF; width + height at most 14000 px; up to 10 MB.
   *
   * Evidence: vk-story image: stories.getPhotoUploadServer, up to 10 MB; reply {response: {upload_result}}, then stories.save upload_results
   * Evidence: vk-io storiesPhoto: field 'file', stories.save({ upload_results })
   */
  storyPhoto: {
    getServerParams: Pick<ApiParams<"stories.getPhotoUploadServer">, "add_to_news" | "user_ids" | "reply_to_story" | "link_text" | "link_url" | "group_id" | "clickable_stickers">;
    saveParams: Pick<ApiParams<"stories.save">, "extended" | "fields">;
    response: ApiResponse<"stories.save">;
    result: "stories";
    maxFiles: 1;
  };
  /**
   * A video story.
   *
   * stories.getVideoUploadServer → POST `video_file` → stories.save.
   * Limits: H.264/AAC MP4, at most 720x1280, 30 fps; VK's page states no byte limit for story videos; this table uses its video bound.
   *
   * Evidence: vk-story video: stories.getVideoUploadServer, field video_file, then stories.save
   * Evidence: vk-io storiesVideo: field 'video_file'
   * Evidence: vksdk UploadStoriesVideo: field 'video_file'
   */
  storyVideo: {
    getServerParams: Pick<ApiParams<"stories.getVideoUploadServer">, "add_to_news" | "user_ids" | "reply_to_story" | "link_text" | "link_url" | "group_id" | "clickable_stickers">;
    saveParams: Pick<ApiParams<"stories.save">, "extended" | "fields">;
    response: ApiResponse<"stories.save">;
    result: "stories";
    maxFiles: 1;
  };
  /**
   * A video: video.save hands out the upload URL and the video's ids first; the upload finishes it.
   *
   * video.save → POST `video_file` → done.
   * Limits: AVI, MP4, 3GP, MPEG, MOV, MP3, FLV, WMV; VK's upload page states no byte limit; 5 GB is this table's own bound.
   *
   * Evidence: vk-video video.save returns upload_url, video_id, owner_id, access_key; field video_file; reply video_hash/size/owner_id/video_id
   * Evidence: vk-io video: field 'video_file'
   * Evidence: vksdk UploadVideo: field 'video_file'
   */
  video: {
    getServerParams: Pick<ApiParams<"video.save">, "name" | "description" | "is_private" | "wallpost" | "group_id" | "album_id" | "privacy_view" | "privacy_comment" | "no_comments" | "repeat" | "compression">;
    saveParams: {};
    response: ApiResponse<"video.save">;
    result: "video";
    maxFiles: 1;
  };
  /**
   * A custom video thumbnail; video.saveUploadedThumb takes the whole upload reply as thumb_json.
   *
   * video.getThumbUploadUrl → POST `file` → video.saveUploadedThumb.
   * Limits: photo limits (VK documents none of its own).
   *
   * Evidence: vk-method video.getThumbUploadUrl: upload_url for a thumb
   * Evidence: vk-method video.saveUploadedThumb: thumb_json is the upload server's reply
   */
  videoThumb: {
    getServerParams: Pick<ApiParams<"video.getThumbUploadUrl">, "owner_id">;
    saveParams: Pick<ApiParams<"video.saveUploadedThumb">, "owner_id" | "thumb_size" | "random_tag" | "video_id" | "set_thumb">;
    response: ApiResponse<"video.saveUploadedThumb">;
    result: "none";
    maxFiles: 1;
  };
  /**
   * An image for community app widgets (service token).
   *
   * appWidgets.getAppImageUploadServer → POST `image` → appWidgets.saveAppImage.
   * Limits: sizes by image_type: 24x24, 50x50, 160x160, 160x240, 510x128 (and x2/x3).
   *
   * Evidence: vk-method appWidgets.saveAppImage: hash and image returned by the upload
   * Evidence: vksdk UploadAppImage: field 'image', save image/hash
   */
  appWidgetImage: {
    getServerParams: Pick<ApiParams<"appWidgets.getAppImageUploadServer">, "image_type">;
    saveParams: Pick<ApiParams<"appWidgets.saveAppImage">, never>;
    response: ApiResponse<"appWidgets.saveAppImage">;
    result: "none";
    maxFiles: 1;
  };
  /**
   * An image for a community's app widget (community token).
   *
   * appWidgets.getGroupImageUploadServer → POST `image` → appWidgets.saveGroupImage.
   * Limits: sizes by image_type: 24x24, 50x50, 160x160, 160x240, 510x128 (and x2/x3).
   *
   * Evidence: vk-method appWidgets.saveGroupImage: hash and image returned by the upload
   * Evidence: vksdk UploadGroupImage: field 'image', save image/hash
   */
  groupWidgetImage: {
    getServerParams: Pick<ApiParams<"appWidgets.getGroupImageUploadServer">, "image_type">;
    saveParams: Pick<ApiParams<"appWidgets.saveGroupImage">, never>;
    response: ApiResponse<"appWidgets.saveGroupImage">;
    result: "none";
    maxFiles: 1;
  };
}
