// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@0efe478fc1011bc167fd389dd1dc36efc883de02 (API 5.199), with the patches in schema/patches/.
// Contents: named constants for enums that have enumNames.
/* eslint-disable */
/**
 * Names of the values of `account.saveProfileInfo(bdate_visibility)`.
 */
export const AccountSaveProfileInfoParamsBdateVisibilityEnumNames = {
  "hide": 0,
  "show": 1,
  "hide year": 2,
} as const;

/**
 * Names of the values of `account.saveProfileInfo(relation)`.
 */
export const AccountSaveProfileInfoParamsRelationEnumNames = {
  "not specified": 0,
  "single": 1,
  "relationship": 2,
  "engaged": 3,
  "married": 4,
  "complicated": 5,
  "actively searching": 6,
  "in love": 7,
  "in a civil union": 8,
} as const;

/**
 * Names of the values of `account.saveProfileInfo(sex)`.
 */
export const AccountSaveProfileInfoParamsSexEnumNames = {
  "undefined": 0,
  "female": 1,
  "male": 2,
} as const;

/**
 * Names of the values of `ads/objects.json#/definitions/ads_ad_approved`.
 */
export const AdsAdApprovedEnumNames = {
  "not moderated": 0,
  "pending moderation": 1,
  "approved": 2,
  "rejected": 3,
} as const;

/**
 * Names of the values of `ads/objects.json#/definitions/ads_ad_cost_type`.
 */
export const AdsAdCostTypeEnumNames = {
  "per clicks": 0,
  "per impressions": 1,
  "per actions": 2,
  "per impressions optimized": 3,
} as const;

/**
 * Names of the values of `ads/objects.json#/definitions/ads_ad_status`.
 */
export const AdsAdStatusEnumNames = {
  "stopped": 0,
  "started": 1,
  "deleted": 2,
} as const;

/**
 * Names of the values of `ads/objects.json#/definitions/ads_campaign_status`.
 */
export const AdsCampaignStatusEnumNames = {
  "stopped": 0,
  "started": 1,
  "deleted": 2,
} as const;

/**
 * Names of the values of `ads/objects.json#/definitions/ads_criteria_sex`.
 */
export const AdsCriteriaSexEnumNames = {
  "any": "0",
  "male": "1",
  "female": "2",
} as const;

/**
 * Names of the values of `ads.getTargetingStats(ad_format)`.
 */
export const AdsGetTargetingStatsParamsAdFormatEnumNames = {
  "image and text": 1,
  "big image": 2,
  "exclusive format": 4,
  "community square image": 7,
  "special app format": 10,
  "special community format": 6,
  "post in community": 9,
  "app board": 11,
} as const;

/**
 * Names of the values of `ads.getUploadURL(ad_format)`.
 */
export const AdsGetUploadURLParamsAdFormatEnumNames = {
  "image and text": 1,
  "big image": 2,
  "community, square image": 4,
  "special app format": 7,
  "exclusive format": 10,
  "adaptive": 11,
} as const;

/**
 * Names of the values of `ads/responses.json#/definitions/ads_removeTargetContacts_response.result`.
 */
export const AdsRemoveTargetContactsResponseResultEnumNames = {
  "ok": 1,
} as const;

/**
 * Names of the values of `ads/objects.json#/definitions/ads_stats_sex_value`.
 */
export const AdsStatsSexValueEnumNames = {
  "female": "f",
  "male": "m",
} as const;

/**
 * Names of the values of `apps/objects.json#/definitions/apps_app_leaderboard_type`.
 */
export const AppsAppLeaderboardTypeEnumNames = {
  "not supported": 0,
  "levels": 1,
  "points": 2,
} as const;

/**
 * Names of the values of `auth/responses.json#/definitions/auth_restore_response.success`.
 */
export const AuthRestoreResponseSuccessEnumNames = {
  "ok": 1,
} as const;

/**
 * Names of the values of `base/objects.json#/definitions/base_bool_int`.
 */
export const BaseBoolIntEnumNames = {
  "no": 0,
  "yes": 1,
} as const;

/**
 * Names of the values of `base/objects.json#/definitions/base_lang`.
 */
export const BaseLangEnumNames = {
  "russian": "ru",
  "ukrainian": "ua",
  "belarusian": "be",
  "english": "en",
  "spanish": "es",
  "finnish": "fi",
  "german": "de",
  "italian": "it",
} as const;

/**
 * Names of the values of `base/objects.json#/definitions/base_link_button_style`.
 */
export const BaseLinkButtonStyleEnumNames = {
  "updates": "updates",
  "default": "default",
  "primary": "primary",
  "secondary": "secondary",
  "tertiary": "tertiary",
  "float_bottom": "float_bottom",
  "cell_button_centered_icon": "cell_button_centered_icon",
  "borderless_with_icon": "borderless_with_icon",
  "gray": "gray",
  "flat": "flat",
  "outline_with_chevron": "outline_with_chevron",
  "inline": "inline",
  "modal": "modal",
  "right_button": "right_button",
} as const;

/**
 * Names of the values of `base/objects.json#/definitions/base_name_case`.
 */
export const BaseNameCaseEnumNames = {
  "nominative": "Nom",
  "genitive": "Gen",
  "dative": "Dat",
  "accusative": "Acc",
  "instrumental": "Ins",
  "prepositional": "Abl",
} as const;

/**
 * Names of the values of `base/responses.json#/definitions/base_ok_response`.
 */
export const BaseOkResponseEnumNames = {
  "ok": 1,
} as const;

/**
 * Names of the values of `base/objects.json#/definitions/base_property_exists`.
 */
export const BasePropertyExistsEnumNames = {
  "Property exists": 1,
} as const;

/**
 * Names of the values of `base/objects.json#/definitions/base_sex`.
 */
export const BaseSexEnumNames = {
  "unknown": 0,
  "female": 1,
  "male": 2,
} as const;

/**
 * Names of the values of `board/objects.json#/definitions/board_default_order`.
 */
export const BoardDefaultOrderEnumNames = {
  "desc_updated": 1,
  "desc_created": 2,
  "asc_updated": -1,
  "asc_created": -2,
} as const;

/**
 * Names of the values of `board.getComments(sort)`.
 */
export const BoardGetCommentsParamsSortEnumNames = {
  "chronological": "asc",
  "reverse chronological": "desc",
} as const;

/**
 * Names of the values of `board.getTopics(order)`.
 */
export const BoardGetTopicsParamsOrderEnumNames = {
  "updated desc": 1,
  "created desc": 2,
  "updated asc": -1,
  "created asc": -2,
  "as by administrator": 0,
} as const;

/**
 * Names of the values of `board.getTopics(preview)`.
 */
export const BoardGetTopicsParamsPreviewEnumNames = {
  "first": 1,
  "last": 2,
  "none": 0,
} as const;

/**
 * Names of the values of `bugtracker/objects.json#/definitions/bugtracker_bugreport.status_auto_update_reason`.
 */
export const BugtrackerBugreportStatusAutoUpdateReasonEnumNames = {
  "need_correction_long_time": 1,
  "ready_for_testing_long_time": 2,
} as const;

/**
 * Names of the values of `callback/objects.json#/definitions/callback_group_market`.
 */
export const CallbackGroupMarketEnumNames = {
  "disabled": 0,
  "open": 1,
} as const;

/**
 * Names of the values of `callback/objects.json#/definitions/callback_group_officer_role`.
 */
export const CallbackGroupOfficerRoleEnumNames = {
  "none": 0,
  "moderator": 1,
  "editor": 2,
  "administrator": 3,
} as const;

/**
 * Names of the values of `callback/objects.json#/definitions/callback_wall_post_new.topic_id`.
 */
export const CallbackWallPostNewTopicIdEnumNames = {
  "empty_topic": 0,
  "art": 1,
  "it": 7,
  "games": 12,
  "music": 16,
  "photo": 19,
  "science_and_tech": 21,
  "sport": 23,
  "travel": 25,
  "tv_and_cinema": 26,
  "humor": 32,
  "fashion": 43,
} as const;

/**
 * Names of the values of `callback/objects.json#/definitions/callback_wall_repost.topic_id`.
 */
export const CallbackWallRepostTopicIdEnumNames = {
  "empty_topic": 0,
  "art": 1,
  "it": 7,
  "games": 12,
  "music": 16,
  "photo": 19,
  "science_and_tech": 21,
  "sport": 23,
  "travel": 25,
  "tv_and_cinema": 26,
  "humor": 32,
  "fashion": 43,
} as const;

/**
 * Names of the values of `docs.get(type)`.
 */
export const DocsGetParamsTypeEnumNames = {
  "all": 0,
  "text": 1,
  "archive": 2,
  "gif": 3,
  "image": 4,
  "audio": 5,
  "video": 6,
  "ebook": 7,
  "default": 8,
} as const;

/**
 * Names of the values of `friends/responses.json#/definitions/friends_add_response`.
 */
export const FriendsAddResponseEnumNames = {
  "SEND": 1,
  "APPROVED": 2,
  "RESEND": 4,
} as const;

/**
 * Names of the values of `friends/responses.json#/definitions/friends_delete_response.friend_deleted`.
 */
export const FriendsDeleteResponseFriendDeletedEnumNames = {
  "ok": 1,
} as const;

/**
 * Names of the values of `friends/responses.json#/definitions/friends_delete_response.in_request_deleted`.
 */
export const FriendsDeleteResponseInRequestDeletedEnumNames = {
  "ok": 1,
} as const;

/**
 * Names of the values of `friends/responses.json#/definitions/friends_delete_response.out_request_deleted`.
 */
export const FriendsDeleteResponseOutRequestDeletedEnumNames = {
  "ok": 1,
} as const;

/**
 * Names of the values of `friends/responses.json#/definitions/friends_delete_response.suggestion_deleted`.
 */
export const FriendsDeleteResponseSuggestionDeletedEnumNames = {
  "ok": 1,
} as const;

/**
 * Names of the values of `friends/objects.json#/definitions/friends_friend_status_status`.
 */
export const FriendsFriendStatusStatusEnumNames = {
  "not a friend": 0,
  "outcoming request": 1,
  "incoming request": 2,
  "is friend": 3,
} as const;

/**
 * Names of the values of `friends.getRequests(sort)`.
 */
export const FriendsGetRequestsParamsSortEnumNames = {
  "date": 0,
  "mutual": 1,
  "rotate": 2,
} as const;

/**
 * Names of the values of `gifts/objects.json#/definitions/gifts_gift_privacy`.
 */
export const GiftsGiftPrivacyEnumNames = {
  "name and message for all": 0,
  "name for all": 1,
  "name and message for recipient only": 2,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_ban_info_reason`.
 */
export const GroupsBanInfoReasonEnumNames = {
  "other": 0,
  "spam": 1,
  "verbal abuse": 2,
  "strong language": 3,
  "flood": 4,
} as const;

/**
 * Names of the values of `groups.create(subtype)`.
 */
export const GroupsCreateParamsSubtypeEnumNames = {
  "none": 0,
  "place or business": 1,
  "company or website": 2,
  "person or group": 3,
  "product or art": 4,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_access`.
 */
export const GroupsGroupAccessEnumNames = {
  "open": 0,
  "closed": 1,
  "private": 2,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_admin_level`.
 */
export const GroupsGroupAdminLevelEnumNames = {
  "moderator": 1,
  "editor": 2,
  "administrator": 3,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_age_limits`.
 */
export const GroupsGroupAgeLimitsEnumNames = {
  "unlimited": 1,
  "16 plus": 2,
  "18 plus": 3,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_audio`.
 */
export const GroupsGroupAudioEnumNames = {
  "disabled": 0,
  "open": 1,
  "limited": 2,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_docs`.
 */
export const GroupsGroupDocsEnumNames = {
  "disabled": 0,
  "open": 1,
  "limited": 2,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_full_age_limits`.
 */
export const GroupsGroupFullAgeLimitsEnumNames = {
  "no": 1,
  "over 16": 2,
  "over 18": 3,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_full_member_status`.
 */
export const GroupsGroupFullMemberStatusEnumNames = {
  "not a member": 0,
  "member": 1,
  "not sure": 2,
  "declined": 3,
  "has sent a request": 4,
  "invited": 5,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_full_section`.
 */
export const GroupsGroupFullSectionEnumNames = {
  "none": 0,
  "photos": 1,
  "topics": 2,
  "audios": 3,
  "videos": 4,
  "market": 5,
  "stories": 6,
  "apps": 7,
  "followers": 8,
  "links": 9,
  "events": 10,
  "places": 11,
  "contacts": 12,
  "app_btns": 13,
  "docs": 14,
  "event_counters": 15,
  "group_messages": 16,
  "albums": 24,
  "categories": 26,
  "admin_help": 27,
  "app_widget": 31,
  "public_help": 32,
  "hs_donation_app": 33,
  "hs_market_app": 34,
  "addresses": 35,
  "artist_page": 36,
  "podcast": 37,
  "articles": 39,
  "admin_tips": 40,
  "menu": 41,
  "fixed_post": 42,
  "chats": 43,
  "evergreen_notice": 44,
  "musicians": 45,
  "narratives": 46,
  "donut_donate": 47,
  "clips": 48,
  "market_cart": 49,
  "curators": 50,
  "market_services": 51,
  "classifieds": 53,
  "textlives": 54,
  "donut_for_dons": 55,
  "badges": 57,
  "chats_creation": 58,
  "stream_creation": 59,
  "rating": 60,
  "service_rating": 61,
  "recommended_tips_widget": 62,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_full.wall`.
 */
export const GroupsGroupFullWallEnumNames = {
  "disabled": 0,
  "open": 1,
  "limited": 2,
  "restricted": 3,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_is_closed`.
 */
export const GroupsGroupIsClosedEnumNames = {
  "open": 0,
  "closed": 1,
  "private": 2,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_market_currency`.
 */
export const GroupsGroupMarketCurrencyEnumNames = {
  "russian rubles": 643,
  "ukrainian hryvnia": 980,
  "kazakh tenge": 398,
  "euro": 978,
  "us dollars": 840,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_photos`.
 */
export const GroupsGroupPhotosEnumNames = {
  "disabled": 0,
  "open": 1,
  "limited": 2,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_subject`.
 */
export const GroupsGroupSubjectEnumNames = {
  "auto": 1,
  "activity holidays": 2,
  "business": 3,
  "pets": 4,
  "health": 5,
  "dating and communication": 6,
  "games": 7,
  "it": 8,
  "cinema": 9,
  "beauty and fashion": 10,
  "cooking": 11,
  "art and culture": 12,
  "literature": 13,
  "mobile services and internet": 14,
  "music": 15,
  "science and technology": 16,
  "real estate": 17,
  "news and media": 18,
  "security": 19,
  "education": 20,
  "home and renovations": 21,
  "politics": 22,
  "food": 23,
  "industry": 24,
  "travel": 25,
  "work": 26,
  "entertainment": 27,
  "religion": 28,
  "family": 29,
  "sports": 30,
  "insurance": 31,
  "television": 32,
  "goods and services": 33,
  "hobbies": 34,
  "finance": 35,
  "photo": 36,
  "esoterics": 37,
  "electronics and appliances": 38,
  "erotic": 39,
  "humor": 40,
  "society_humanities": 41,
  "design and graphics": 42,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_suggested_privacy`.
 */
export const GroupsGroupSuggestedPrivacyEnumNames = {
  "none": 0,
  "all": 1,
  "subscribers": 2,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_topics`.
 */
export const GroupsGroupTopicsEnumNames = {
  "disabled": 0,
  "open": 1,
  "limited": 2,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_video`.
 */
export const GroupsGroupVideoEnumNames = {
  "disabled": 0,
  "open": 1,
  "limited": 2,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_wall`.
 */
export const GroupsGroupWallEnumNames = {
  "disabled": 0,
  "open": 1,
  "limited": 2,
  "closed": 3,
} as const;

/**
 * Names of the values of `groups/objects.json#/definitions/groups_group_wiki`.
 */
export const GroupsGroupWikiEnumNames = {
  "disabled": 0,
  "open": 1,
  "limited": 2,
} as const;

/**
 * Names of the values of `groups.search(sort)`.
 */
export const GroupsSearchParamsSortEnumNames = {
  "default": 0,
  "growth": 1,
  "attendance": 2,
  "likes": 3,
  "comments": 4,
  "entries": 5,
  "members": 6,
} as const;

/**
 * Names of the values of `market.getComments(sort)`.
 */
export const MarketGetCommentsParamsSortEnumNames = {
  "old to new": "asc",
  "new to old": "desc",
} as const;

/**
 * Names of the values of `market/objects.json#/definitions/market_market_album.type`.
 */
export const MarketMarketAlbumTypeEnumNames = {
  "market": 0,
  "market_services": 1,
} as const;

/**
 * Names of the values of `market/objects.json#/definitions/market_market_item_availability`.
 */
export const MarketMarketItemAvailabilityEnumNames = {
  "available": 0,
  "removed": 1,
  "unavailable": 2,
} as const;

/**
 * Names of the values of `market/objects.json#/definitions/market_price.price_type`.
 */
export const MarketPricePriceTypeEnumNames = {
  "exact": 0,
  "range": 2,
  "by_agreement": 3,
} as const;

/**
 * Names of the values of `market/objects.json#/definitions/market_price.price_unit`.
 */
export const MarketPricePriceUnitEnumNames = {
  "item": 0,
  "hour": 2,
  "m3": 3,
  "m2": 4,
} as const;

/**
 * Names of the values of `market.reportComment(reason)`.
 */
export const MarketReportCommentParamsReasonEnumNames = {
  "spam": 0,
  "child pornography": 1,
  "extremism": 2,
  "violence": 3,
  "drug propaganda": 4,
  "adult material": 5,
  "insult abuse": 6,
} as const;

/**
 * Names of the values of `market.report(reason)`.
 */
export const MarketReportParamsReasonEnumNames = {
  "spam": 0,
  "child pornography": 1,
  "extremism": 2,
  "violence": 3,
  "drug propaganda": 4,
  "adult material": 5,
  "insult abuse": 6,
} as const;

/**
 * Names of the values of `market.searchItemsBasic(sort_by)`.
 */
export const MarketSearchItemsBasicParamsSortByEnumNames = {
  "date": 1,
  "price": 2,
  "relevance": 3,
} as const;

/**
 * Names of the values of `market.searchItems(sort_by)`.
 */
export const MarketSearchItemsParamsSortByEnumNames = {
  "date": 1,
  "price": 2,
  "relevance": 3,
} as const;

/**
 * Names of the values of `market.search(rev)`.
 */
export const MarketSearchParamsRevEnumNames = {
  "normal": 0,
  "reverse": 1,
} as const;

/**
 * Names of the values of `market.search(sort)`.
 */
export const MarketSearchParamsSortEnumNames = {
  "default": 0,
  "date": 1,
  "price": 2,
  "relevance": 3,
} as const;

/**
 * Names of the values of `market/objects.json#/definitions/market_services_view_type`.
 */
export const MarketServicesViewTypeEnumNames = {
  "cards": 1,
  "rows": 2,
} as const;

/**
 * Names of the values of `messages.getHistory(rev)`.
 */
export const MessagesGetHistoryParamsRevEnumNames = {
  "chronological": 1,
  "reverse chronological": 0,
} as const;

/**
 * Names of the values of `newsfeed/objects.json#/definitions/newsfeed_comments_item_type_post.topic_id`.
 */
export const NewsfeedCommentsItemTypePostTopicIdEnumNames = {
  "empty_topic": 0,
  "art": 1,
  "it": 7,
  "games": 12,
  "music": 16,
  "photo": 19,
  "science_and_tech": 21,
  "sport": 23,
  "travel": 25,
  "tv_and_cinema": 26,
  "humor": 32,
  "fashion": 43,
} as const;

/**
 * Names of the values of `newsfeed/objects.json#/definitions/newsfeed_ignore_item_type`.
 */
export const NewsfeedIgnoreItemTypeEnumNames = {
  "post on the wall": "wall",
  "tag on a photo": "tag",
  "profile photo": "profilephoto",
  "video": "video",
  "photo": "photo",
  "audio": "audio",
} as const;

/**
 * Names of the values of `newsfeed/objects.json#/definitions/newsfeed_item_wallpost.topic_id`.
 */
export const NewsfeedItemWallpostTopicIdEnumNames = {
  "empty_topic": 0,
  "art": 1,
  "it": 7,
  "games": 12,
  "music": 16,
  "photo": 19,
  "science_and_tech": 21,
  "sport": 23,
  "travel": 25,
  "tv_and_cinema": 26,
  "humor": 32,
  "fashion": 43,
} as const;

/**
 * Names of the values of `notifications/objects.json#/definitions/notifications_send_message_error.code`.
 */
export const NotificationsSendMessageErrorCodeEnumNames = {
  "notifications disabled": 1,
  "flood control per hour": 2,
  "flood control per day": 3,
  "app is not installed": 4,
} as const;

/**
 * Names of the values of `owner/objects.json#/definitions/owner_state.state`.
 */
export const OwnerStateStateEnumNames = {
  "banned": 1,
  "adult": 2,
  "hidden": 3,
  "deleted": 4,
  "blacklisted": 5,
} as const;

/**
 * Names of the values of `pages/objects.json#/definitions/pages_privacy_settings`.
 */
export const PagesPrivacySettingsEnumNames = {
  "community managers only": 0,
  "community members only": 1,
  "everyone": 2,
} as const;

/**
 * Names of the values of `pages.saveAccess(edit)`.
 */
export const PagesSaveAccessParamsEditEnumNames = {
  "managers": 0,
  "members": 1,
  "all": 2,
} as const;

/**
 * Names of the values of `pages.saveAccess(view)`.
 */
export const PagesSaveAccessParamsViewEnumNames = {
  "managers": 0,
  "members": 1,
  "all": 2,
} as const;

/**
 * Names of the values of `photos.getComments(sort)`.
 */
export const PhotosGetCommentsParamsSortEnumNames = {
  "old first": "asc",
  "new first": "desc",
} as const;

/**
 * Names of the values of `photos.reportComment(reason)`.
 */
export const PhotosReportCommentParamsReasonEnumNames = {
  "spam": 0,
  "child pornography": 1,
  "extremism": 2,
  "violence": 3,
  "drug propaganda": 4,
  "adult material": 5,
  "insult abuse": 6,
} as const;

/**
 * Names of the values of `photos.report(reason)`.
 */
export const PhotosReportParamsReasonEnumNames = {
  "spam": 0,
  "child pornography": 1,
  "extremism": 2,
  "violence": 3,
  "drug propaganda": 4,
  "adult material": 5,
  "insult abuse": 6,
  "suicide calls": 8,
} as const;

/**
 * Names of the values of `users.search(sex)`.
 */
export const UsersSearchParamsSexEnumNames = {
  "any": 0,
  "female": 1,
  "male": 2,
} as const;

/**
 * Names of the values of `users.search(sort)`.
 */
export const UsersSearchParamsSortEnumNames = {
  "by rating": 0,
  "by date registered": 1,
} as const;

/**
 * Names of the values of `users.search(status)`.
 */
export const UsersSearchParamsStatusEnumNames = {
  "not specified": 0,
  "not married": 1,
  "relationship": 2,
  "engaged": 3,
  "married": 4,
  "complicated": 5,
  "actively searching": 6,
  "in love": 7,
  "civil union": 8,
} as const;

/**
 * Names of the values of `users/objects.json#/definitions/users_user_relation`.
 */
export const UsersUserRelationEnumNames = {
  "not specified": 0,
  "single": 1,
  "in a relationship": 2,
  "engaged": 3,
  "married": 4,
  "complicated": 5,
  "actively searching": 6,
  "in love": 7,
  "in a civil union": 8,
} as const;

/**
 * Names of the values of `video.addAlbum(privacy)[]`.
 */
export const VideoAddAlbumParamsPrivacyItemEnumNames = {
  "all": "0",
  "friends": "1",
  "friends of friends": "2",
  "only me": "3",
} as const;

/**
 * Names of the values of `video.editAlbum(privacy)[]`.
 */
export const VideoEditAlbumParamsPrivacyItemEnumNames = {
  "all": "0",
  "friends": "1",
  "friends of friends": "2",
  "only me": "3",
} as const;

/**
 * Names of the values of `video.getComments(sort)`.
 */
export const VideoGetCommentsParamsSortEnumNames = {
  "oldest comment first": "asc",
  "newest comment first": "desc",
  "most interesting comments first": "interest",
} as const;

/**
 * Names of the values of `video.search(sort)`.
 */
export const VideoSearchParamsSortEnumNames = {
  "duration": 1,
  "relevance": 2,
  "date added": 0,
} as const;

/**
 * Names of the values of `wall.edit(topic_id)`.
 */
export const WallEditParamsTopicIdEnumNames = {
  "empty_topic": 0,
  "art": 1,
  "it": 7,
  "games": 12,
  "music": 16,
  "photo": 19,
  "science_and_tech": 21,
  "sport": 23,
  "travel": 25,
  "tv_and_cinema": 26,
  "humor": 32,
  "fashion": 43,
} as const;

/**
 * Names of the values of `wall.getComments(sort)`.
 */
export const WallGetCommentsParamsSortEnumNames = {
  "chronological": "asc",
  "reverse chronological": "desc",
  "most interesting": "smart",
} as const;

/**
 * Names of the values of `wall.reportComment(reason)`.
 */
export const WallReportCommentParamsReasonEnumNames = {
  "spam": 0,
  "child pornography": 1,
  "extremism": 2,
  "violence": 3,
  "drug propaganda": 4,
  "adult material": 5,
  "insult abuse": 6,
  "suicide calls": 8,
  "weapons selling": 11,
} as const;

/**
 * Names of the values of `wall.reportPost(reason)`.
 */
export const WallReportPostParamsReasonEnumNames = {
  "spam": 0,
  "child pornography": 1,
  "extremism": 2,
  "violence": 3,
  "drug propaganda": 4,
  "adult material": 5,
  "insult abuse": 6,
  "suicide calls": 8,
  "weapons selling": 11,
} as const;

/**
 * Names of the values of `wall/objects.json#/definitions/wall_wallpost_full.topic_id`.
 */
export const WallWallpostFullTopicIdEnumNames = {
  "empty_topic": 0,
  "art": 1,
  "it": 7,
  "games": 12,
  "music": 16,
  "photo": 19,
  "science_and_tech": 21,
  "sport": 23,
  "travel": 25,
  "tv_and_cinema": 26,
  "humor": 32,
  "fashion": 43,
} as const;
