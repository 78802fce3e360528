// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@0efe478fc1011bc167fd389dd1dc36efc883de02 (API 5.199), with the patches in schema/patches/.
// Contents: TypeScript declarations of every schema definition, method params and response variant.
/* eslint-disable */
/**
 * Schema: `account/objects.json#/definitions/account_counters_filter`
 */
export type AccountCountersFilter = "app_requests" | "events" | "friends" | "friends_recommendations" | "games" | "gifts" | "groups" | "messages" | "notes" | "notifications" | "photos" | "faves" | "memories"
/**
 * Permissions mask
 *
 * Schema: `account/responses.json#/definitions/account_getAppPermissions_response`
 */
export type AccountGetAppPermissionsResponse = number
/**
 * Schema: `account/responses.json#/definitions/account_getCounters_response`
 */
export type AccountGetCountersResponse = AccountAccountCounters
/**
 * Schema: `account/responses.json#/definitions/account_getInfo_response`
 */
export type AccountGetInfoResponse = AccountInfo
/**
 * Schema: `account/responses.json#/definitions/account_getProfileInfo_response`
 */
export type AccountGetProfileInfoResponse = AccountUserSettings
/**
 * Schema: `account/responses.json#/definitions/account_getPushSettings_response`
 */
export type AccountGetPushSettingsResponse = AccountPushSettings
/**
 * Request status
 *
 * Schema: `account/objects.json#/definitions/account_name_request_status`
 */
export type AccountNameRequestStatus = "success" | "processing" | "declined" | "was_accepted" | "was_declined" | "declined_with_link" | "response" | "response_with_link"
/**
 * Settings parameters
 *
 * Schema: `account/objects.json#/definitions/account_push_params_mode`
 */
export type AccountPushParamsMode = "on" | "off" | "no_sound" | "no_text"
/**
 * Settings parameters
 *
 * Schema: `account/objects.json#/definitions/account_push_params_onoff`
 */
export type AccountPushParamsOnoff = "on" | "off" | "no_sound"
/**
 * Settings parameters
 *
 * Schema: `account/objects.json#/definitions/account_push_params_settings`
 */
export type AccountPushParamsSettings = "on" | "off" | "fr_of_fr" | "no_sound"
/**
 * Schema: `address/objects.json#/definitions/address_fields`
 */
export type AddressFields = "id" | "title" | "address" | "additional_address" | "country_id" | "city_id" | "city" | "metro_station_id" | "metro_station" | "latitude" | "longitude" | "distance" | "work_info_status" | "timetable" | "phone" | "time_offset"
/**
 * Current user's role
 *
 * Schema: `ads/objects.json#/definitions/ads_access_role`
 */
export type AdsAccessRole = "admin" | "manager" | "reports"
/**
 * Current user's role
 *
 * Schema: `ads/objects.json#/definitions/ads_access_role_public`
 */
export type AdsAccessRolePublic = "manager" | "reports"
/**
 * Account type
 *
 * Schema: `ads/objects.json#/definitions/ads_account_type`
 */
export type AdsAccountType = "general" | "agency"
/**
 * Review status
 *
 * Schema: `ads/objects.json#/definitions/ads_ad_approved`
 */
export type AdsAdApproved = 0 | 1 | 2 | 3
/**
 * Cost type
 *
 * Schema: `ads/objects.json#/definitions/ads_ad_cost_type`
 */
export type AdsAdCostType = 0 | 1 | 2 | 3
/**
 * Ad atatus
 *
 * Schema: `ads/objects.json#/definitions/ads_ad_status`
 */
export type AdsAdStatus = 0 | 1 | 2
/**
 * Schema: `ads/responses.json#/definitions/ads_addOfficeUsers_response`
 */
export type AdsAddOfficeUsersResponse = boolean[]
/**
 * Campaign status
 *
 * Schema: `ads/objects.json#/definitions/ads_campaign_status`
 */
export type AdsCampaignStatus = 0 | 1 | 2
/**
 * Campaign type
 *
 * Schema: `ads/objects.json#/definitions/ads_campaign_type`
 */
export type AdsCampaignType = "normal" | "vk_apps_managed" | "mobile_apps" | "promoted_posts" | "adaptive_ads" | "stories"
/**
 * Schema: `ads/responses.json#/definitions/ads_checkLink_response`
 */
export type AdsCheckLinkResponse = AdsLinkStatus
/**
 * Schema: `ads/responses.json#/definitions/ads_createAds_response`
 */
export type AdsCreateAdsResponse = AdsCreateAdStatus[]
/**
 * Schema: `ads/responses.json#/definitions/ads_createCampaigns_response`
 */
export type AdsCreateCampaignsResponse = AdsCreateCampaignStatus[]
/**
 * Schema: `ads/responses.json#/definitions/ads_createClients_response`
 */
export type AdsCreateClientsResponse = AdsCreateClientsStatus[]
/**
 * Sex
 *
 * Schema: `ads/objects.json#/definitions/ads_criteria_sex`
 */
export type AdsCriteriaSex = "0" | "1" | "2"
/**
 * Schema: `ads/responses.json#/definitions/ads_deleteAds_response`
 */
export type AdsDeleteAdsResponse = number[]
/**
 * Schema: `ads/responses.json#/definitions/ads_deleteCampaigns_response`
 */
export type AdsDeleteCampaignsResponse = number[]
/**
 * Schema: `ads/responses.json#/definitions/ads_deleteClients_response`
 */
export type AdsDeleteClientsResponse = number[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getAccounts_response`
 */
export type AdsGetAccountsResponse = AdsAccount[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getAdsLayout_response`
 */
export type AdsGetAdsLayoutResponse = AdsAdLayout[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getAdsTargeting_response`
 */
export type AdsGetAdsTargetingResponse = AdsTargSettings[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getAds_response`
 */
export type AdsGetAdsResponse = AdsAd[]
/**
 * Budget
 *
 * Schema: `ads/responses.json#/definitions/ads_getBudget_response`
 */
export type AdsGetBudgetResponse = string
/**
 * Schema: `ads/responses.json#/definitions/ads_getCampaigns_response`
 */
export type AdsGetCampaignsResponse = AdsCampaign[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getClients_response`
 */
export type AdsGetClientsResponse = AdsClient[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getDemographics_response`
 */
export type AdsGetDemographicsResponse = AdsDemoStats[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getFloodStats_response`
 */
export type AdsGetFloodStatsResponse = AdsFloodStats
/**
 * Schema: `ads/responses.json#/definitions/ads_getOfficeUsers_response`
 */
export type AdsGetOfficeUsersResponse = AdsUsers[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getPostsReach_response`
 */
export type AdsGetPostsReachResponse = AdsPromotedPostReach[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getRejectionReason_response`
 */
export type AdsGetRejectionReasonResponse = AdsRejectReason
/**
 * Schema: `ads/responses.json#/definitions/ads_getStatistics_response`
 */
export type AdsGetStatisticsResponse = AdsStats[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getSuggestions_cities_response`
 */
export type AdsGetSuggestionsCitiesResponse = AdsTargSuggestionsCities[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getSuggestions_regions_response`
 */
export type AdsGetSuggestionsRegionsResponse = AdsTargSuggestionsRegions[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getSuggestions_response`
 */
export type AdsGetSuggestionsResponse = AdsTargSuggestions[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getSuggestions_schools_response`
 */
export type AdsGetSuggestionsSchoolsResponse = AdsTargSuggestionsSchools[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getTargetGroups_response`
 */
export type AdsGetTargetGroupsResponse = AdsTargetGroup[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getTargetPixels_response`
 */
export type AdsGetTargetPixelsResponse = AdsTargetPixelInfo[]
/**
 * Schema: `ads/responses.json#/definitions/ads_getTargetingStats_response`
 */
export type AdsGetTargetingStatsResponse = AdsTargStats
/**
 * Photo upload URL
 *
 * Schema: `ads/responses.json#/definitions/ads_getUploadURL_response`
 */
export type AdsGetUploadURLResponse = string
/**
 * Video upload URL
 *
 * Schema: `ads/responses.json#/definitions/ads_getVideoUploadURL_response`
 */
export type AdsGetVideoUploadURLResponse = string
/**
 * Imported contacts number
 *
 * Schema: `ads/responses.json#/definitions/ads_importTargetContacts_response`
 */
export type AdsImportTargetContactsResponse = number
/**
 * Object type
 *
 * Schema: `ads/objects.json#/definitions/ads_object_type`
 */
export type AdsObjectType = "ad" | "campaign" | "client" | "office"
/**
 * Schema: `ads/objects.json#/definitions/ads_ord_client_type`
 */
export type AdsOrdClientType = "person" | "individual" | "legal" | "foreign" | "unknown"
/**
 * Schema: `ads/responses.json#/definitions/ads_removeOfficeUsers_response`
 */
export type AdsRemoveOfficeUsersResponse = boolean[]
/**
 * Sex
 *
 * Schema: `ads/objects.json#/definitions/ads_stats_sex_value`
 */
export type AdsStatsSexValue = "f" | "m"
/**
 * School type
 *
 * Schema: `ads/objects.json#/definitions/ads_targ_suggestions_schools_type`
 */
export type AdsTargSuggestionsSchoolsType = "school" | "university" | "faculty" | "chair"
/**
 * Schema: `ads/responses.json#/definitions/ads_updateAds_response`
 */
export type AdsUpdateAdsResponse = AdsUpdateAdsStatus[]
/**
 * Schema: `ads/responses.json#/definitions/ads_updateCampaigns_response`
 */
export type AdsUpdateCampaignsResponse = AdsCreateCampaignStatus[]
/**
 * Schema: `ads/responses.json#/definitions/ads_updateClients_response`
 */
export type AdsUpdateClientsResponse = AdsUpdateClientsStatus[]
/**
 * Schema: `ads/responses.json#/definitions/ads_updateOfficeUsers_response`
 */
export type AdsUpdateOfficeUsersResponse = AdsUpdateOfficeUsersResult[]
/**
 * Schema: `appWidgets/responses.json#/definitions/appWidgets_getAppImages_response`
 */
export type AppWidgetsGetAppImagesResponse = AppWidgetsPhotos
/**
 * Schema: `appWidgets/responses.json#/definitions/appWidgets_getGroupImages_response`
 */
export type AppWidgetsGetGroupImagesResponse = AppWidgetsPhotos
/**
 * Schema: `appWidgets/responses.json#/definitions/appWidgets_getImagesById_response`
 */
export type AppWidgetsGetImagesByIdResponse = AppWidgetsPhoto[]
/**
 * Schema: `appWidgets/responses.json#/definitions/appWidgets_saveAppImage_response`
 */
export type AppWidgetsSaveAppImageResponse = AppWidgetsPhoto
/**
 * Schema: `appWidgets/responses.json#/definitions/appWidgets_saveGroupImage_response`
 */
export type AppWidgetsSaveGroupImageResponse = AppWidgetsPhoto
/**
 * App fields available for response
 *
 * Schema: `apps/objects.json#/definitions/apps_app_fields`
 */
export type AppsAppFields = "author_group" | "author_id" | "author_url" | "banner_1120" | "banner_560" | "banner_186" | "banner_896" | "icon_16" | "icon_25" | "icon_50" | "icon_100" | "icon_200" | "icon_128" | "icon_256" | "is_new" | "new" | "is_html5_app" | "push_enabled" | "catalog_banner" | "friends" | "catalog_position" | "description" | "genre" | "genre_id" | "international" | "is_in_catalog" | "installed" | "leaderboard_type" | "members_count" | "platform_id" | "published_date" | "screen_name" | "section" | "type" | "id" | "title" | "author_owner_id" | "is_installed" | "icon_139" | "icon_150" | "icon_278" | "icon_576" | "background_loader_color" | "loader_icon" | "icon_75" | "open_in_external_browser" | "ad_config" | "screen_orientation"
/**
 * Leaderboard type
 *
 * Schema: `apps/objects.json#/definitions/apps_app_leaderboard_type`
 */
export type AppsAppLeaderboardType = 0 | 1 | 2
/**
 * Application type
 *
 * Schema: `apps/objects.json#/definitions/apps_app_type`
 */
export type AppsAppType = "app" | "game" | "site" | "standalone" | "vk_app" | "community_app" | "html5_game" | "mini_app"
/**
 * Schema: `apps/responses.json#/definitions/apps_getCatalog_response`
 */
export type AppsGetCatalogResponse = AppsCatalogList
/**
 * Score number
 *
 * Schema: `apps/responses.json#/definitions/apps_getScore_response`
 */
export type AppsGetScoreResponse = number
/**
 * Schema: `apps/responses.json#/definitions/apps_getTestingGroups_response`
 */
export type AppsGetTestingGroupsResponse = AppsTestingGroup[]
/**
 * Request ID
 *
 * Schema: `apps/responses.json#/definitions/apps_sendRequest_response`
 */
export type AppsSendRequestResponse = number
/**
 * Schema: `base/objects.json#/definitions/base_bool_int`
 */
export type BaseBoolInt = 0 | 1
/**
 * Schema: `base/responses.json#/definitions/base_bool_response`
 */
export type BaseBoolResponse = BaseBoolInt
/**
 * Schema: `base/responses.json#/definitions/base_getUploadServer_response`
 */
export type BaseGetUploadServerResponse = BaseUploadServer
/**
 * Schema: `base/objects.json#/definitions/base_lang`
 */
export type BaseLang = "ru" | "ua" | "be" | "en" | "es" | "fi" | "de" | "it"
/**
 * Action type
 *
 * Schema: `base/objects.json#/definitions/base_link_button_action_type`
 */
export type BaseLinkButtonActionType = "open_url" | "market_clear_recent_queries" | "close_web_app" | "add_playlist" | "open_search_tab" | "open_search_filters" | "import_contacts" | "add_friends" | "onboarding" | "show_filters"
/**
 * Button style
 *
 * Schema: `base/objects.json#/definitions/base_link_button_style`
 */
export type BaseLinkButtonStyle = "updates" | "default" | "primary" | "secondary" | "tertiary" | "float_bottom" | "cell_button_centered_icon" | "borderless_with_icon" | "gray" | "flat" | "outline_with_chevron" | "inline" | "modal" | "right_button"
/**
 * Schema: `base/objects.json#/definitions/base_link_product_category`
 */
export type BaseLinkProductCategory = string | MarketMarketCategoryNested
/**
 * Status representation
 *
 * Schema: `base/objects.json#/definitions/base_link_product_status`
 */
export type BaseLinkProductStatus = "active" | "blocked" | "sold" | "deleted" | "archived"
/**
 * Schema: `base/objects.json#/definitions/base_name_case`
 */
export type BaseNameCase = "Nom" | "Gen" | "Dat" | "Acc" | "Ins" | "Abl"
/**
 * Schema: `base/responses.json#/definitions/base_ok_response`
 */
export type BaseOkResponse = 1
/**
 * Schema: `base/objects.json#/definitions/base_property_exists`
 */
export type BasePropertyExists = 1
/**
 * Schema: `base/objects.json#/definitions/base_sex`
 */
export type BaseSex = 0 | 1 | 2
/**
 * Schema: `base/objects.json#/definitions/base_sticker`
 */
export type BaseSticker = BaseStickerNew
/**
 * Response schema is not defined yet
 *
 * Schema: `base/responses.json#/definitions/base_undefined_response`
 */
export type BaseUndefinedResponse = unknown
/**
 * Schema: `base/objects.json#/definitions/base_user_group_fields`
 */
export type BaseUserGroupFields = "about" | "action_button" | "activities" | "activity" | "addresses" | "admin_level" | "age_limits" | "author_id" | "ban_info" | "bdate" | "blacklisted" | "blacklisted_by_me" | "books" | "can_ban" | "can_create_topic" | "can_message" | "can_post" | "can_see_all_posts" | "can_see_audio" | "can_send_friend_request" | "can_upload_video" | "can_write_private_message" | "career" | "city" | "common_count" | "connections" | "contacts" | "counters" | "cover" | "crop_photo" | "deactivated" | "description" | "domain" | "education" | "exports" | "finish_date" | "fixed_post" | "followers_count" | "friend_status" | "games" | "has_market_app" | "has_mobile" | "has_photo" | "home_town" | "id" | "interests" | "is_admin" | "is_closed" | "is_favorite" | "is_friend" | "is_best_friend" | "is_hidden_from_feed" | "is_member" | "is_messages_blocked" | "can_send_notify" | "is_subscribed" | "last_seen" | "links" | "lists" | "maiden_name" | "main_album_id" | "main_section" | "market" | "member_status" | "members_count" | "military" | "movies" | "music" | "name" | "nickname" | "occupation" | "online" | "online_status" | "personal" | "phone" | "photo_100" | "photo_200" | "photo_200_orig" | "photo_400_orig" | "photo_50" | "photo_id" | "photo_max" | "photo_max_orig" | "photo_avg_color" | "quotes" | "relation" | "relatives" | "schools" | "screen_name" | "sex" | "site" | "start_date" | "status" | "timezone" | "trending" | "tv" | "type" | "universities" | "verified" | "wall_comments" | "wiki_page" | "first_name" | "first_name_acc" | "first_name_dat" | "first_name_gen" | "last_name" | "last_name_acc" | "last_name_dat" | "last_name_gen" | "can_subscribe_stories" | "is_subscribed_stories" | "vk_admin_status" | "can_upload_story" | "clips_count" | "image_status" | "is_nft" | "is_nft_photo" | "is_verified"
/**
 * Topic ID
 *
 * Schema: `board/responses.json#/definitions/board_addTopic_response`
 */
export type BoardAddTopicResponse = number
/**
 * Comment ID
 *
 * Schema: `board/responses.json#/definitions/board_createComment_response`
 */
export type BoardCreateCommentResponse = number
/**
 * Sort type
 *
 * Schema: `board/objects.json#/definitions/board_default_order`
 */
export type BoardDefaultOrder = 1 | 2 | -1 | -2
/**
 * Schema: `callback/objects.json#/definitions/callback_audio_new`
 */
export type CallbackAudioNew = AudioAudio
/**
 * Forwarded messages
 *
 * Schema: `callback/objects.json#/definitions/callback_fwd_messages`
 */
export type CallbackFwdMessages = CallbackForeignMessage[]
/**
 * Schema: `callback/objects.json#/definitions/callback_group_join_type`
 */
export type CallbackGroupJoinType = "join" | "unsure" | "accepted" | "approved" | "request"
/**
 * Schema: `callback/objects.json#/definitions/callback_group_market`
 */
export type CallbackGroupMarket = 0 | 1
/**
 * Schema: `callback/objects.json#/definitions/callback_group_officer_role`
 */
export type CallbackGroupOfficerRole = 0 | 1 | 2 | 3
/**
 * Schema: `callback/objects.json#/definitions/callback_market_order`
 */
export type CallbackMarketOrder = MarketOrder
/**
 * Schema: `callback/objects.json#/definitions/callback_message_edit`
 */
export type CallbackMessageEdit = CallbackMessage
/**
 * Schema: `callback/objects.json#/definitions/callback_message_new`
 */
export type CallbackMessageNew = CallbackMessageObject
/**
 * Schema: `callback/objects.json#/definitions/callback_message_reply`
 */
export type CallbackMessageReply = CallbackMessage
/**
 * Schema: `callback/objects.json#/definitions/callback_photo_new`
 */
export type CallbackPhotoNew = PhotosPhoto
/**
 * Schema: `callback/objects.json#/definitions/callback_type`
 */
export type CallbackType = "audio_new" | "board_post_new" | "board_post_edit" | "board_post_restore" | "board_post_delete" | "confirmation" | "group_leave" | "group_join" | "group_change_photo" | "group_change_settings" | "group_officers_edit" | "lead_forms_new" | "market_comment_new" | "market_comment_delete" | "market_comment_edit" | "market_comment_restore" | "market_order_new" | "market_order_edit" | "message_new" | "message_reply" | "message_edit" | "message_allow" | "message_deny" | "message_read" | "message_typing_state" | "messages_edit" | "message_reaction_event" | "photo_new" | "photo_comment_new" | "photo_comment_delete" | "photo_comment_edit" | "photo_comment_restore" | "poll_vote_new" | "user_block" | "user_unblock" | "video_new" | "video_comment_new" | "video_comment_delete" | "video_comment_edit" | "video_comment_restore" | "wall_post_new" | "wall_reply_new" | "wall_reply_edit" | "wall_reply_delete" | "wall_reply_restore" | "wall_repost" | "wall_schedule_post_new" | "wall_schedule_post_delete"
/**
 * Schema: `callback/objects.json#/definitions/callback_video_new`
 */
export type CallbackVideoNew = VideoVideo
/**
 * State in which call ended up
 *
 * Schema: `calls/objects.json#/definitions/calls_end_state`
 */
export type CallsEndState = "canceled_by_initiator" | "canceled_by_receiver" | "reached"
/**
 * Schema: `database/objects.json#/definitions/database_cities_fields`
 */
export type DatabaseCitiesFields = string
/**
 * Schema: `database/objects.json#/definitions/database_city_by_id`
 */
export type DatabaseCityById = BaseObject
/**
 * Schema: `database/responses.json#/definitions/database_getCitiesById_response`
 */
export type DatabaseGetCitiesByIdResponse = DatabaseCityById[]
/**
 * Schema: `database/responses.json#/definitions/database_getCountriesById_response`
 */
export type DatabaseGetCountriesByIdResponse = BaseCountry[]
/**
 * Schema: `database/responses.json#/definitions/database_getMetroStationsById_response`
 */
export type DatabaseGetMetroStationsByIdResponse = DatabaseStation[]
/**
 * Schema: `database/responses.json#/definitions/database_getSchoolClasses_new_response`
 */
export type DatabaseGetSchoolClassesNewResponse = DatabaseSchoolClass[]
/**
 * Schema: `database/objects.json#/definitions/database_school_class`
 */
export type DatabaseSchoolClass = BaseObject
/**
 * Document ID
 *
 * Schema: `docs/responses.json#/definitions/docs_add_response`
 */
export type DocsAddResponse = number
/**
 * Doc attachment type
 *
 * Schema: `docs/objects.json#/definitions/docs_doc_attachment_type`
 */
export type DocsDocAttachmentType = "doc" | "graffiti" | "audio_message"
/**
 * Schema: `docs/responses.json#/definitions/docs_getById_response`
 */
export type DocsGetByIdResponse = DocsDoc[]
/**
 * Schema: `docs/responses.json#/definitions/docs_getUploadServer_response`
 */
export type DocsGetUploadServerResponse = BaseUploadServer
/**
 * Schema: `donut/responses.json#/definitions/donut_getSubscription_response`
 */
export type DonutGetSubscriptionResponse = DonutDonatorSubscriptionInfo
/**
 * Schema: `fave/responses.json#/definitions/fave_addTag_response`
 */
export type FaveAddTagResponse = FaveTag
/**
 * Schema: `fave/objects.json#/definitions/fave_bookmark_type`
 */
export type FaveBookmarkType = "post" | "video" | "product" | "article" | "link" | "clip" | "game" | "mini_app"
/**
 * Schema: `fave/objects.json#/definitions/fave_page_type`
 */
export type FavePageType = "user" | "group" | "hints"
/**
 * Friend request status
 *
 * Schema: `friends/responses.json#/definitions/friends_add_response`
 */
export type FriendsAddResponse = 1 | 2 | 4
/**
 * Schema: `friends/responses.json#/definitions/friends_areFriends_extended_response`
 */
export type FriendsAreFriendsExtendedResponse = FriendsFriendExtendedStatus[]
/**
 * Schema: `friends/responses.json#/definitions/friends_areFriends_response`
 */
export type FriendsAreFriendsResponse = FriendsFriendStatus[]
/**
 * Friend status with the user
 *
 * Schema: `friends/objects.json#/definitions/friends_friend_status_status`
 */
export type FriendsFriendStatusStatus = 0 | 1 | 2 | 3
/**
 * Schema: `friends/responses.json#/definitions/friends_getAppUsers_response`
 */
export type FriendsGetAppUsersResponse = number[]
/**
 * Schema: `friends/responses.json#/definitions/friends_getMutual_response`
 */
export type FriendsGetMutualResponse = number[]
/**
 * Schema: `friends/responses.json#/definitions/friends_getMutual_target_uids_response`
 */
export type FriendsGetMutualTargetUidsResponse = FriendsMutualFriend[]
/**
 * Schema: `friends/responses.json#/definitions/friends_getMutual_total_count_response`
 */
export type FriendsGetMutualTotalCountResponse = FriendsMutualFriend
/**
 * Schema: `friends/responses.json#/definitions/friends_getOnline_extended_response`
 */
export type FriendsGetOnlineExtendedResponse = FriendsOnlineUsers
/**
 * Schema: `friends/responses.json#/definitions/friends_getOnline_online_mobile_extended_response`
 */
export type FriendsGetOnlineOnlineMobileExtendedResponse = FriendsOnlineUsersWithMobile
/**
 * Schema: `friends/responses.json#/definitions/friends_getOnline_response`
 */
export type FriendsGetOnlineResponse = number[]
/**
 * Schema: `friends/responses.json#/definitions/friends_getRecent_response`
 */
export type FriendsGetRecentResponse = number[]
/**
 * Gift privacy
 *
 * Schema: `gifts/objects.json#/definitions/gifts_gift_privacy`
 */
export type GiftsGiftPrivacy = 0 | 1 | 2
/**
 * Schema: `groups/responses.json#/definitions/groups_addAddress_response`
 */
export type GroupsAddAddressResponse = GroupsAddress
/**
 * Schema: `groups/responses.json#/definitions/groups_addLink_response`
 */
export type GroupsAddLinkResponse = GroupsLinksItem
/**
 * Status of information about timetable
 *
 * Schema: `groups/objects.json#/definitions/groups_address_work_info_status`
 */
export type GroupsAddressWorkInfoStatus = "no_information" | "temporarily_closed" | "always_opened" | "timetable" | "forever_closed"
/**
 * Ban reason
 *
 * Schema: `groups/objects.json#/definitions/groups_ban_info_reason`
 */
export type GroupsBanInfoReason = 0 | 1 | 2 | 3 | 4
/**
 * Schema: `groups/responses.json#/definitions/groups_create_response`
 */
export type GroupsCreateResponse = GroupsGroupFull
/**
 * Result
 *
 * Schema: `groups/responses.json#/definitions/groups_editAddress_response`
 */
export type GroupsEditAddressResponse = GroupsAddress
/**
 * Schema: `groups/objects.json#/definitions/groups_fields`
 */
export type GroupsFields = "id" | "name" | "screen_name" | "is_closed" | "type" | "is_admin" | "admin_level" | "is_member" | "is_advertiser" | "start_date" | "finish_date" | "deactivated" | "photo_50" | "photo_100" | "photo_200" | "photo_200_orig" | "photo_400" | "photo_400_orig" | "photo_max" | "photo_max_orig" | "est_date" | "public_date_label" | "photo_max_size" | "is_video_live_notifications_blocked" | "video_live" | "market" | "member_status" | "is_adult" | "is_hidden_from_feed" | "is_favorite" | "is_subscribed" | "city" | "verified" | "description" | "wiki_page" | "members_count" | "members_count_text" | "requests_count" | "video_live_level" | "video_live_count" | "clips_count" | "textlives_count" | "counters" | "cover" | "can_post" | "can_suggest" | "can_upload_story" | "can_upload_doc" | "can_upload_video" | "can_upload_clip" | "can_see_all_posts" | "can_create_topic" | "activity" | "fixed_post" | "has_photo" | "crop_photo" | "status" | "status_audio" | "main_album_id" | "links" | "contacts" | "wall" | "site" | "main_section" | "secondary_section" | "trending" | "can_message" | "is_messages_blocked" | "can_send_notify" | "online_status" | "invited_by" | "age_limits" | "ban_info" | "has_market_app" | "using_vkpay_market_app" | "has_group_channel" | "addresses" | "messages" | "business_rating" | "is_subscribed_podcasts" | "can_subscribe_podcasts" | "can_subscribe_posts" | "live_covers" | "stories_archive_count" | "has_unseen_stories" | "category" | "category0" | "category1" | "rating" | "is_market_market_link_attachment_enabled" | "is_market_message_to_bc_attachment_enabled" | "unread_count" | "videos_count"
/**
 * Schema: `groups/objects.json#/definitions/groups_filter`
 */
export type GroupsFilter = "admin" | "editor" | "moder" | "advertiser" | "groups" | "publics" | "events" | "has_addresses"
/**
 * Schema: `groups/responses.json#/definitions/groups_getCallbackSettings_response`
 */
export type GroupsGetCallbackSettingsResponse = GroupsCallbackSettings
/**
 * Schema: `groups/responses.json#/definitions/groups_getLongPollServer_response`
 */
export type GroupsGetLongPollServerResponse = GroupsLongPollServer
/**
 * Schema: `groups/responses.json#/definitions/groups_getLongPollSettings_response`
 */
export type GroupsGetLongPollSettingsResponse = GroupsLongPollSettings
/**
 * Schema: `groups/responses.json#/definitions/groups_getTagList_response`
 */
export type GroupsGetTagListResponse = GroupsGroupTag[]
/**
 * Schema: `groups/objects.json#/definitions/groups_group_access`
 */
export type GroupsGroupAccess = 0 | 1 | 2
/**
 * Level of current user's credentials as manager
 *
 * Schema: `groups/objects.json#/definitions/groups_group_admin_level`
 */
export type GroupsGroupAdminLevel = 1 | 2 | 3
/**
 * Schema: `groups/objects.json#/definitions/groups_group_age_limits`
 */
export type GroupsGroupAgeLimits = 1 | 2 | 3
/**
 * Schema: `groups/objects.json#/definitions/groups_group_audio`
 */
export type GroupsGroupAudio = 0 | 1 | 2
/**
 * Schema: `groups/objects.json#/definitions/groups_group_docs`
 */
export type GroupsGroupDocs = 0 | 1 | 2
/**
 * Schema: `groups/objects.json#/definitions/groups_group_full_age_limits`
 */
export type GroupsGroupFullAgeLimits = 1 | 2 | 3
/**
 * Schema: `groups/objects.json#/definitions/groups_group_full_member_status`
 */
export type GroupsGroupFullMemberStatus = 0 | 1 | 2 | 3 | 4 | 5
/**
 * Main section of community
 *
 * Schema: `groups/objects.json#/definitions/groups_group_full_section`
 */
export type GroupsGroupFullSection = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 24 | 26 | 27 | 31 | 32 | 33 | 34 | 35 | 36 | 37 | 39 | 40 | 41 | 42 | 43 | 44 | 45 | 46 | 47 | 48 | 49 | 50 | 51 | 53 | 54 | 55 | 57 | 58 | 59 | 60 | 61 | 62
/**
 * Information whether community is closed
 *
 * Schema: `groups/objects.json#/definitions/groups_group_is_closed`
 */
export type GroupsGroupIsClosed = 0 | 1 | 2
/**
 * Schema: `groups/objects.json#/definitions/groups_group_market_currency`
 */
export type GroupsGroupMarketCurrency = 643 | 980 | 398 | 978 | 840
/**
 * Schema: `groups/objects.json#/definitions/groups_group_photos`
 */
export type GroupsGroupPhotos = 0 | 1 | 2
/**
 * Schema: `groups/objects.json#/definitions/groups_group_role`
 */
export type GroupsGroupRole = "moderator" | "editor" | "administrator" | "advertiser"
/**
 * Schema: `groups/objects.json#/definitions/groups_group_subject`
 */
export type GroupsGroupSubject = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 | 32 | 33 | 34 | 35 | 36 | 37 | 38 | 39 | 40 | 41 | 42
/**
 * Schema: `groups/objects.json#/definitions/groups_group_suggested_privacy`
 */
export type GroupsGroupSuggestedPrivacy = 0 | 1 | 2
/**
 * Schema: `groups/objects.json#/definitions/groups_group_topics`
 */
export type GroupsGroupTopics = 0 | 1 | 2
/**
 * Community type
 *
 * Schema: `groups/objects.json#/definitions/groups_group_type`
 */
export type GroupsGroupType = "group" | "page" | "event"
/**
 * Schema: `groups/objects.json#/definitions/groups_group_video`
 */
export type GroupsGroupVideo = 0 | 1 | 2
/**
 * Schema: `groups/objects.json#/definitions/groups_group_wall`
 */
export type GroupsGroupWall = 0 | 1 | 2 | 3
/**
 * Schema: `groups/objects.json#/definitions/groups_group_wiki`
 */
export type GroupsGroupWiki = 0 | 1 | 2
/**
 * Schema: `groups/responses.json#/definitions/groups_isMember_user_ids_extended_response`
 */
export type GroupsIsMemberUserIdsExtendedResponse = GroupsMemberStatusFull[]
/**
 * Schema: `groups/responses.json#/definitions/groups_isMember_user_ids_response`
 */
export type GroupsIsMemberUserIdsResponse = GroupsMemberStatus[]
/**
 * Declares state if market is enabled in group.
 *
 * Schema: `groups/objects.json#/definitions/groups_market_state`
 */
export type GroupsMarketState = "none" | "basic" | "advanced"
/**
 * Schema: `groups/objects.json#/definitions/groups_member_role_permission`
 */
export type GroupsMemberRolePermission = "ads"
/**
 * User's credentials as community admin
 *
 * Schema: `groups/objects.json#/definitions/groups_member_role_status`
 */
export type GroupsMemberRoleStatus = "moderator" | "editor" | "administrator" | "creator" | "advertiser"
/**
 * Type of online status of group
 *
 * Schema: `groups/objects.json#/definitions/groups_online_status_type`
 */
export type GroupsOnlineStatusType = "none" | "online" | "answer_mark"
/**
 * User's credentials as community admin
 *
 * Schema: `groups/objects.json#/definitions/groups_role_options`
 */
export type GroupsRoleOptions = "moderator" | "editor" | "administrator" | "creator"
/**
 * Schema: `groups/objects.json#/definitions/groups_sections_list_item`
 */
export type GroupsSectionsListItem = BaseObject
/**
 * Schema: `leadForms/objects.json#/definitions/leadForms_answer_one_of`
 */
export type LeadFormsAnswerOneOf = LeadFormsAnswerItem | LeadFormsAnswerItem[]
/**
 * Schema: `leadForms/responses.json#/definitions/leadForms_get_response`
 */
export type LeadFormsGetResponse = LeadFormsForm
/**
 * Schema: `leadForms/responses.json#/definitions/leadForms_list_response`
 */
export type LeadFormsListResponse = LeadFormsForm[]
/**
 * Schema: `leadForms/responses.json#/definitions/leadForms_uploadUrl_response`
 */
export type LeadFormsUploadUrlResponse = string
/**
 * Schema: `likes/objects.json#/definitions/likes_type`
 */
export type LikesType = "post" | "comment" | "photo" | "audio" | "video" | "note" | "market" | "photo_comment" | "video_comment" | "topic_comment" | "market_comment" | "sitepage" | "textpost" | "community_review" | "story" | "group_like"
/**
 * Comment ID
 *
 * Schema: `market/responses.json#/definitions/market_createComment_response`
 */
export type MarketCreateCommentResponse = number
/**
 * Schema: `market/objects.json#/definitions/market_market_category`
 */
export type MarketMarketCategory = MarketMarketCategoryNested
/**
 * Information whether the item is available
 *
 * Schema: `market/objects.json#/definitions/market_market_item_availability`
 */
export type MarketMarketItemAvailability = 0 | 1 | 2
/**
 * Type of the market group
 *
 * Schema: `market/objects.json#/definitions/market_owner_type`
 */
export type MarketOwnerType = "base" | "pro" | "disabled"
/**
 * Schema: `market/responses.json#/definitions/market_photo_id_bulk_response`
 */
export type MarketPhotoIdBulkResponse = MarketUploadPhotoData[]
/**
 * Type of view. 1 - cards, 2 - rows
 *
 * Schema: `market/objects.json#/definitions/market_services_view_type`
 */
export type MarketServicesViewType = 1 | 2
/**
 * Schema: `messages/objects.json#/definitions/messages_action_one_of`
 */
export type MessagesActionOneOf = MessagesMessageAction
/**
 * Schema: `messages/objects.json#/definitions/messages_chat_settings_state`
 */
export type MessagesChatSettingsState = "in" | "kicked" | "left" | "out"
/**
 * Peer type
 *
 * Schema: `messages/objects.json#/definitions/messages_conversation_peer_type`
 */
export type MessagesConversationPeerType = "chat" | "email" | "user" | "group"
/**
 * Schema: `messages/responses.json#/definitions/messages_delete_full_response`
 */
export type MessagesDeleteFullResponse = MessagesDeleteFullResponseItem[]
/**
 * The action of messages.sendMessageEventAnswer, shown to the user who pressed a callback button
 *
 * Schema: `messages/objects.json#/definitions/messages_event_data`
 */
export type MessagesEventData = MessagesEventDataShowSnackbar | MessagesEventDataOpenLink | MessagesEventDataOpenApp
/**
 * Forwarded messages
 *
 * Schema: `messages/objects.json#/definitions/messages_fwd_messages`
 */
export type MessagesFwdMessages = MessagesForeignMessage[]
/**
 * Schema: `messages/responses.json#/definitions/messages_getChat_chat_ids_fields_response`
 */
export type MessagesGetChatChatIdsFieldsResponse = MessagesChatFull[]
/**
 * Schema: `messages/responses.json#/definitions/messages_getChat_chat_ids_response`
 */
export type MessagesGetChatChatIdsResponse = MessagesChat[]
/**
 * Schema: `messages/responses.json#/definitions/messages_getChat_fields_response`
 */
export type MessagesGetChatFieldsResponse = MessagesChatFull
/**
 * Schema: `messages/responses.json#/definitions/messages_getChat_response`
 */
export type MessagesGetChatResponse = MessagesChat
/**
 * Schema: `messages/responses.json#/definitions/messages_getConversationMembers_response`
 */
export type MessagesGetConversationMembersResponse = MessagesGetConversationMembers
/**
 * Schema: `messages/responses.json#/definitions/messages_getConversationsById_extended_response`
 */
export type MessagesGetConversationsByIdExtendedResponse = MessagesGetConversationByIdExtended
/**
 * Schema: `messages/responses.json#/definitions/messages_getConversationsById_response`
 */
export type MessagesGetConversationsByIdResponse = MessagesGetConversationById
/**
 * Schema: `messages/responses.json#/definitions/messages_getLastActivity_response`
 */
export type MessagesGetLastActivityResponse = MessagesLastActivity
/**
 * Schema: `messages/responses.json#/definitions/messages_getLongPollServer_response`
 */
export type MessagesGetLongPollServerResponse = MessagesLongpollParams
/**
 * Attachments type
 *
 * Schema: `messages/objects.json#/definitions/messages_history_message_attachment_type`
 */
export type MessagesHistoryMessageAttachmentType = "app_action" | "audio" | "doc" | "link" | "market" | "photo" | "video" | "wall" | "graffiti" | "audio_message"
/**
 * Schema: `messages/objects.json#/definitions/messages_keyboard_button_property_action`
 */
export type MessagesKeyboardButtonPropertyAction = MessagesKeyboardButtonActionText | MessagesKeyboardButtonActionOpenLink | MessagesKeyboardButtonActionLocation | MessagesKeyboardButtonActionVkpay | MessagesKeyboardButtonActionOpenApp | MessagesKeyboardButtonActionCallback | MessagesKeyboardButtonActionIntentSubscribe | MessagesKeyboardButtonActionIntentUnsubscribe
/**
 * Schema: `messages/responses.json#/definitions/messages_markAsImportant_deprecated_response`
 */
export type MessagesMarkAsImportantDeprecatedResponse = number[]
/**
 * Action status
 *
 * Schema: `messages/objects.json#/definitions/messages_message_action_status`
 */
export type MessagesMessageActionStatus = "chat_photo_update" | "chat_photo_remove" | "chat_create" | "chat_title_update" | "chat_invite_user" | "chat_kick_user" | "chat_pin_message" | "chat_unpin_message" | "chat_invite_user_by_link" | "chat_invite_user_by_message_request" | "chat_screenshot"
/**
 * Attachment type
 *
 * Schema: `messages/objects.json#/definitions/messages_message_attachment_type`
 */
export type MessagesMessageAttachmentType = "photo" | "audio" | "video" | "video_playlist" | "doc" | "link" | "market" | "gift" | "sticker" | "wall" | "wall_reply" | "article" | "poll" | "podcasts" | "call" | "graffiti" | "audio_message"
/**
 * Schema: `messages/responses.json#/definitions/messages_pin_response`
 */
export type MessagesPinResponse = MessagesPinnedMessage
/**
 * Message ID
 *
 * Schema: `messages/responses.json#/definitions/messages_send_deprecated_response`
 */
export type MessagesSendDeprecatedResponse = number
/**
 * Schema: `messages/responses.json#/definitions/messages_send_user_ids_response`
 */
export type MessagesSendUserIdsResponse = MessagesSendUserIdsResponseItem[]
/**
 * Schema: `messages/objects.json#/definitions/messages_template`
 */
export type MessagesTemplate = MessagesTemplateCarousel
/**
 * Template action type names
 *
 * Schema: `messages/objects.json#/definitions/messages_template_action_type_names`
 */
export type MessagesTemplateActionTypeNames = "text" | "start" | "location" | "vkpay" | "open_app" | "open_photo" | "open_link" | "callback" | "intent_subscribe" | "intent_unsubscribe" | "open_modal_view"
/**
 * What happens when a carousel element is pressed
 *
 * Schema: `messages/objects.json#/definitions/messages_template_carousel_element_action`
 */
export type MessagesTemplateCarouselElementAction = MessagesTemplateCarouselElementActionOpenLink | MessagesKeyboardButtonActionOpenPhoto
/**
 * Object type
 *
 * Schema: `messages/objects.json#/definitions/messages_user_type_for_xtr_invited_by`
 */
export type MessagesUserTypeForXtrInvitedBy = "profile" | "group"
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_comments_filters`
 */
export type NewsfeedCommentsFilters = "post" | "photo" | "video" | "topic" | "note"
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_comments_item`
 */
export type NewsfeedCommentsItem = NewsfeedCommentsItemTypeTopic | NewsfeedCommentsItemTypePhoto | NewsfeedCommentsItemTypeVideo | NewsfeedCommentsItemTypeNotes | NewsfeedCommentsItemTypePost | NewsfeedCommentsItemTypeMarket
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_ignore_item_type`
 */
export type NewsfeedIgnoreItemType = "wall" | "tag" | "profilephoto" | "video" | "photo" | "audio"
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_digest_item`
 */
export type NewsfeedItemDigestItem = NewsfeedItemDigestFullItem
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_wallpost_feedback_type`
 */
export type NewsfeedItemWallpostFeedbackType = "buttons" | "stars"
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_newsfeed_item`
 */
export type NewsfeedNewsfeedItem = NewsfeedItemWallpost | NewsfeedItemPhoto | NewsfeedItemPhotoTag | NewsfeedItemFriend | NewsfeedItemAudio | NewsfeedItemVideo | NewsfeedItemTopic | NewsfeedItemDigest | NewsfeedItemPromoButton
/**
 * Item type
 *
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_newsfeed_item_type`
 */
export type NewsfeedNewsfeedItemType = "post" | "photo" | "photo_tag" | "wall_photo" | "friend" | "audio" | "video" | "topic" | "digest" | "stories" | "note" | "audio_playlist" | "clip" | "clips_retention"
/**
 * List ID
 *
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_saveList_response`
 */
export type NewsfeedSaveListResponse = number
/**
 * Note ID
 *
 * Schema: `notes/responses.json#/definitions/notes_add_response`
 */
export type NotesAddResponse = number
/**
 * Comment ID
 *
 * Schema: `notes/responses.json#/definitions/notes_createComment_response`
 */
export type NotesCreateCommentResponse = number
/**
 * Schema: `notes/responses.json#/definitions/notes_getById_response`
 */
export type NotesGetByIdResponse = NotesNote
/**
 * Schema: `notifications/objects.json#/definitions/notifications_notification_item`
 */
export type NotificationsNotificationItem = NotificationsNotification
/**
 * Schema: `notifications/responses.json#/definitions/notifications_sendMessage_response`
 */
export type NotificationsSendMessageResponse = NotificationsSendMessageItem[]
/**
 * New state
 *
 * Schema: `orders/responses.json#/definitions/orders_changeState_response`
 */
export type OrdersChangeStateResponse = string
/**
 * Schema: `orders/responses.json#/definitions/orders_getAmount_response`
 */
export type OrdersGetAmountResponse = OrdersAmount[]
/**
 * Schema: `orders/responses.json#/definitions/orders_getById_response`
 */
export type OrdersGetByIdResponse = OrdersOrder[]
/**
 * Schema: `orders/responses.json#/definitions/orders_getUserSubscriptionById_response`
 */
export type OrdersGetUserSubscriptionByIdResponse = OrdersSubscription
/**
 * Schema: `orders/responses.json#/definitions/orders_get_response`
 */
export type OrdersGetResponse = OrdersOrder[]
/**
 * Schema: `pages/responses.json#/definitions/pages_getHistory_response`
 */
export type PagesGetHistoryResponse = PagesWikipageHistory[]
/**
 * Schema: `pages/responses.json#/definitions/pages_getTitles_response`
 */
export type PagesGetTitlesResponse = PagesWikipage[]
/**
 * Schema: `pages/responses.json#/definitions/pages_get_response`
 */
export type PagesGetResponse = PagesWikipageFull
/**
 * HTML source
 *
 * Schema: `pages/responses.json#/definitions/pages_parseWiki_response`
 */
export type PagesParseWikiResponse = string
/**
 * Schema: `pages/objects.json#/definitions/pages_privacy_settings`
 */
export type PagesPrivacySettings = 0 | 1 | 2
/**
 * Page ID
 *
 * Schema: `pages/responses.json#/definitions/pages_saveAccess_response`
 */
export type PagesSaveAccessResponse = number
/**
 * Page ID
 *
 * Schema: `pages/responses.json#/definitions/pages_save_response`
 */
export type PagesSaveResponse = number
/**
 * Photo ID
 *
 * Schema: `photos/responses.json#/definitions/photos_copy_response`
 */
export type PhotosCopyResponse = number
/**
 * Schema: `photos/responses.json#/definitions/photos_createAlbum_response`
 */
export type PhotosCreateAlbumResponse = PhotosPhotoAlbumFull
/**
 * Created comment ID
 *
 * Schema: `photos/responses.json#/definitions/photos_createComment_response`
 */
export type PhotosCreateCommentResponse = number
/**
 * Albums number
 *
 * Schema: `photos/responses.json#/definitions/photos_getAlbumsCount_response`
 */
export type PhotosGetAlbumsCountResponse = number
/**
 * Schema: `photos/responses.json#/definitions/photos_getById_response`
 */
export type PhotosGetByIdResponse = PhotosPhoto[]
/**
 * Schema: `photos/responses.json#/definitions/photos_getMessagesUploadServer_response`
 */
export type PhotosGetMessagesUploadServerResponse = PhotosPhotoUpload
/**
 * Schema: `photos/responses.json#/definitions/photos_getTags_response`
 */
export type PhotosGetTagsResponse = PhotosPhotoTag[]
/**
 * Schema: `photos/responses.json#/definitions/photos_getUploadServer_response`
 */
export type PhotosGetUploadServerResponse = PhotosPhotoUpload
/**
 * Schema: `photos/responses.json#/definitions/photos_getWallUploadServer_response`
 */
export type PhotosGetWallUploadServerResponse = PhotosPhotoUpload
/**
 * Photo's type.
 *
 * Schema: `photos/objects.json#/definitions/photos_image_type`
 */
export type PhotosImageType = "s" | "m" | "x" | "l" | "o" | "p" | "q" | "r" | "y" | "z" | "w" | "base"
/**
 * Size type
 *
 * Schema: `photos/objects.json#/definitions/photos_photo_sizes_type`
 */
export type PhotosPhotoSizesType = "t" | "s" | "m" | "x" | "o" | "p" | "q" | "r" | "k" | "l" | "y" | "z" | "c" | "w" | "a" | "b" | "e" | "i" | "d" | "j" | "temp" | "h" | "g" | "n" | "f" | "max" | "base" | "u" | "v" | "orig"
/**
 * Created tag ID
 *
 * Schema: `photos/responses.json#/definitions/photos_putTag_response`
 */
export type PhotosPutTagResponse = number
/**
 * Schema: `photos/responses.json#/definitions/photos_saveMarketAlbumPhoto_response`
 */
export type PhotosSaveMarketAlbumPhotoResponse = PhotosPhoto[]
/**
 * Schema: `photos/responses.json#/definitions/photos_saveMessagesPhoto_response`
 */
export type PhotosSaveMessagesPhotoResponse = PhotosPhoto[]
/**
 * Schema: `photos/responses.json#/definitions/photos_saveWallPhoto_response`
 */
export type PhotosSaveWallPhotoResponse = PhotosPhoto[]
/**
 * Schema: `photos/responses.json#/definitions/photos_save_response`
 */
export type PhotosSaveResponse = PhotosPhoto[]
/**
 * Schema: `polls/responses.json#/definitions/polls_create_response`
 */
export type PollsCreateResponse = PollsPoll
/**
 * Schema: `polls/responses.json#/definitions/polls_getBackgrounds_response`
 */
export type PollsGetBackgroundsResponse = PollsBackground[]
/**
 * Schema: `polls/responses.json#/definitions/polls_getById_response`
 */
export type PollsGetByIdResponse = PollsPollExtended
/**
 * Schema: `polls/responses.json#/definitions/polls_getVoters_fields_response`
 */
export type PollsGetVotersFieldsResponse = PollsFieldsVoters[]
/**
 * Schema: `polls/responses.json#/definitions/polls_getVoters_response`
 */
export type PollsGetVotersResponse = PollsVoters[]
/**
 * Information whether the field is anonymous
 *
 * Schema: `polls/objects.json#/definitions/polls_poll_anonymous`
 */
export type PollsPollAnonymous = boolean
/**
 * Schema: `polls/responses.json#/definitions/polls_savePhoto_response`
 */
export type PollsSavePhotoResponse = PollsBackground
/**
 * Schema: `prettyCards/objects.json#/definitions/prettyCards_button_one_of`
 */
export type PrettyCardsButtonOneOf = BaseLinkButton | string
/**
 * Schema: `prettyCards/responses.json#/definitions/prettyCards_getById_response`
 */
export type PrettyCardsGetByIdResponse = PrettyCardsPrettyCardOrError[]
/**
 * Upload URL
 *
 * Schema: `prettyCards/responses.json#/definitions/prettyCards_getUploadURL_response`
 */
export type PrettyCardsGetUploadURLResponse = string
/**
 * Schema: `prettyCards/objects.json#/definitions/prettyCards_prettyCardOrError`
 */
export type PrettyCardsPrettyCardOrError = PrettyCardsPrettyCard | BaseError
/**
 * Section title
 *
 * Schema: `search/objects.json#/definitions/search_hint_section`
 */
export type SearchHintSection = "groups" | "events" | "publics" | "correspondents" | "people" | "friends" | "mutual_friends" | "promo"
/**
 * Object type
 *
 * Schema: `search/objects.json#/definitions/search_hint_type`
 */
export type SearchHintType = "group" | "profile" | "vk_app" | "app" | "html5_game" | "link"
/**
 * Schema: `secure/responses.json#/definitions/secure_checkToken_response`
 */
export type SecureCheckTokenResponse = SecureTokenChecked
/**
 * App balance
 *
 * Schema: `secure/responses.json#/definitions/secure_getAppBalance_response`
 */
export type SecureGetAppBalanceResponse = number
/**
 * Schema: `secure/responses.json#/definitions/secure_getSMSHistory_response`
 */
export type SecureGetSMSHistoryResponse = SecureSmsNotification[]
/**
 * Schema: `secure/responses.json#/definitions/secure_getTransactionsHistory_response`
 */
export type SecureGetTransactionsHistoryResponse = SecureTransaction[]
/**
 * Schema: `secure/responses.json#/definitions/secure_getUserLevel_response`
 */
export type SecureGetUserLevelResponse = SecureLevel[]
/**
 * Schema: `secure/responses.json#/definitions/secure_giveEventSticker_response`
 */
export type SecureGiveEventStickerResponse = SecureGiveEventStickerItem[]
/**
 * Schema: `secure/responses.json#/definitions/secure_sendNotification_response`
 */
export type SecureSendNotificationResponse = number[]
/**
 * Schema: `secure/responses.json#/definitions/secure_setCounter_array_response`
 */
export type SecureSetCounterArrayResponse = SecureSetCounterItem[]
/**
 * Schema: `stats/responses.json#/definitions/stats_getPostReach_response`
 */
export type StatsGetPostReachResponse = StatsWallpostStat[]
/**
 * Schema: `stats/responses.json#/definitions/stats_get_response`
 */
export type StatsGetResponse = StatsPeriod[]
/**
 * Unix timestamp
 *
 * Schema: `stats/objects.json#/definitions/stats_period_from_one_of`
 */
export type StatsPeriodFromOneOf = number
/**
 * Unix timestamp
 *
 * Schema: `stats/objects.json#/definitions/stats_period_to_one_of`
 */
export type StatsPeriodToOneOf = number
/**
 * Schema: `status/responses.json#/definitions/status_get_response`
 */
export type StatusGetResponse = StatusStatus
/**
 * Schema: `storage/responses.json#/definitions/storage_getKeys_response`
 */
export type StorageGetKeysResponse = string[]
/**
 * Schema: `storage/responses.json#/definitions/storage_get_response`
 */
export type StorageGetResponse = StorageValue[]
/**
 * Schema: `store/objects.json#/definitions/store_product_icon`
 */
export type StoreProductIcon = StickersImageSet
/**
 * Schema: `stories/responses.json#/definitions/stories_getStats_response`
 */
export type StoriesGetStatsResponse = StoriesStoryStats
/**
 * Statistic state
 *
 * Schema: `stories/objects.json#/definitions/stories_story_stats_state`
 */
export type StoriesStoryStatsState = "on" | "off" | "hidden"
/**
 * Story type.
 *
 * Schema: `stories/objects.json#/definitions/stories_story_type`
 */
export type StoriesStoryType = "photo" | "video" | "live_active" | "live_finished"
/**
 * Schema: `stories/objects.json#/definitions/stories_upload_link_text`
 */
export type StoriesUploadLinkText = "to_store" | "vote" | "more" | "book" | "order" | "enroll" | "fill" | "signup" | "buy" | "ticket" | "write" | "open" | "learn_more" | "view" | "go_to" | "contact" | "watch" | "play" | "install" | "read" | "calendar"
/**
 * Schema: `streaming/responses.json#/definitions/streaming_getStats_response`
 */
export type StreamingGetStatsResponse = StreamingStats[]
/**
 * Schema: `users/objects.json#/definitions/users_fields`
 */
export type UsersFields = "first_name_nom" | "first_name_gen" | "first_name_dat" | "first_name_acc" | "first_name_ins" | "first_name_abl" | "last_name_nom" | "last_name_gen" | "last_name_dat" | "last_name_acc" | "last_name_ins" | "last_name_abl" | "photo_id" | "verified" | "sex" | "bdate" | "bdate_visibility" | "city" | "home_town" | "has_photo" | "photo" | "photo_rec" | "photo_50" | "photo_100" | "photo_200_orig" | "photo_200" | "photo_400" | "photo_400_orig" | "photo_big" | "photo_medium" | "photo_medium_rec" | "photo_max" | "photo_max_orig" | "photo_max_size" | "third_party_buttons" | "online" | "lists" | "domain" | "has_mobile" | "contacts" | "language" | "site" | "education" | "universities" | "schools" | "status" | "last_seen" | "followers_count" | "counters" | "common_count" | "online_info" | "occupation" | "nickname" | "relatives" | "relation" | "personal" | "connections" | "exports" | "wall_comments" | "wall_default" | "activities" | "activity" | "interests" | "music" | "movies" | "tv" | "books" | "is_no_index" | "no_index" | "games" | "about" | "quotes" | "can_post" | "can_see_all_posts" | "can_see_audio" | "can_see_gifts" | "work" | "places" | "can_write_private_message" | "can_send_friend_request" | "can_upload_doc" | "can_ban" | "is_favorite" | "is_hidden_from_feed" | "timezone" | "screen_name" | "maiden_name" | "crop_photo" | "is_friend" | "is_best_friend" | "friend_status" | "career" | "military" | "blacklisted" | "blacklisted_by_me" | "can_subscribe_posts" | "descriptions" | "trending" | "mutual" | "friendship_weeks" | "can_invite_to_chats" | "stories_archive_count" | "has_unseen_stories" | "video_live" | "video_live_level" | "video_live_count" | "clips_count" | "service_description" | "can_see_wishes" | "is_subscribed_podcasts" | "can_subscribe_podcasts" | "animated_avatar" | "owner_state" | "is_verified" | "oauth_linked" | "oauth_verification" | "promotion_allowance" | "country"
/**
 * Schema: `users/responses.json#/definitions/users_get_response`
 */
export type UsersGetResponse = UsersUserFull[]
/**
 * Schema: `users/objects.json#/definitions/users_subscriptions_item`
 */
export type UsersSubscriptionsItem = UsersUserFull | GroupsGroupFull
/**
 * Schema: `users/objects.json#/definitions/users_user_relation`
 */
export type UsersUserRelation = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8
/**
 * Object type
 *
 * Schema: `users/objects.json#/definitions/users_user_type`
 */
export type UsersUserType = "profile"
/**
 * Schema: `utils/responses.json#/definitions/utils_checkLink_response`
 */
export type UtilsCheckLinkResponse = UtilsLinkChecked
/**
 * Object type
 *
 * Schema: `utils/objects.json#/definitions/utils_domain_resolved_type`
 */
export type UtilsDomainResolvedType = "user" | "group" | "application" | "event" | "page" | "vk_app" | "community_application"
/**
 * Schema: `utils/responses.json#/definitions/utils_getLinkStats_extended_response`
 */
export type UtilsGetLinkStatsExtendedResponse = UtilsLinkStatsExtended
/**
 * Schema: `utils/responses.json#/definitions/utils_getLinkStats_response`
 */
export type UtilsGetLinkStatsResponse = UtilsLinkStats
/**
 * Time as Unixtime
 *
 * Schema: `utils/responses.json#/definitions/utils_getServerTime_response`
 */
export type UtilsGetServerTimeResponse = number
/**
 * Schema: `utils/responses.json#/definitions/utils_getShortLink_response`
 */
export type UtilsGetShortLinkResponse = UtilsShortLink
/**
 * Link status
 *
 * Schema: `utils/objects.json#/definitions/utils_link_checked_status`
 */
export type UtilsLinkCheckedStatus = "not_banned" | "banned" | "processing"
/**
 * Schema: `utils/responses.json#/definitions/utils_resolveScreenName_response`
 */
export type UtilsResolveScreenNameResponse = UtilsDomainResolved
/**
 * Schema: `video/responses.json#/definitions/video_changeVideoAlbums_response`
 */
export type VideoChangeVideoAlbumsResponse = number[]
/**
 * Created comment ID
 *
 * Schema: `video/responses.json#/definitions/video_createComment_response`
 */
export type VideoCreateCommentResponse = number
/**
 * Schema: `video/responses.json#/definitions/video_getAlbumById_response`
 */
export type VideoGetAlbumByIdResponse = VideoVideoAlbumFull
/**
 * Schema: `video/responses.json#/definitions/video_getAlbumsByVideo_response`
 */
export type VideoGetAlbumsByVideoResponse = number[]
/**
 * Schema: `video/responses.json#/definitions/video_liveGetCategories_response`
 */
export type VideoLiveGetCategoriesResponse = VideoLiveCategory[]
/**
 * Schema: `video/responses.json#/definitions/video_save_response`
 */
export type VideoSaveResponse = VideoSaveResult
/**
 * Attachment type
 *
 * Schema: `wall/objects.json#/definitions/wall_comment_attachment_type`
 */
export type WallCommentAttachmentType = "photo" | "audio" | "audio_playlist" | "video" | "doc" | "link" | "note" | "page" | "market_market_album" | "market" | "sticker" | "graffiti"
/**
 * Filter to apply: 'owner' - posts by the wall owner, 'others' - posts by someone else, 'all' - posts by the wall owner and others (default), 'postponed' - timed posts (only available for calls with an 'access_token'), 'suggests' - suggested posts on a community wall
 *
 * Schema: `wall/objects.json#/definitions/wall_get_filter`
 */
export type WallGetFilter = "owner" | "others" | "all" | "postponed" | "suggests" | "archived" | "donut"
/**
 * Type of post source
 *
 * Schema: `wall/objects.json#/definitions/wall_post_source_type`
 */
export type WallPostSourceType = "vk" | "widget" | "api" | "rss" | "sms" | "mvk"
/**
 * Post type
 *
 * Schema: `wall/objects.json#/definitions/wall_post_type`
 */
export type WallPostType = "post" | "copy" | "reply" | "postpone" | "suggest" | "post_ads" | "photo" | "video" | "clip"
/**
 * Schema: `wall/objects.json#/definitions/wall_wall_item`
 */
export type WallWallItem = WallWallpostFull
/**
 * Attachment type
 *
 * Schema: `wall/objects.json#/definitions/wall_wallpost_attachment_type`
 */
export type WallWallpostAttachmentType = "photo" | "photos_list" | "posted_photo" | "audio" | "audio_playlist" | "video" | "clip" | "video_playlist" | "doc" | "link" | "graffiti" | "note" | "app" | "poll" | "page" | "album" | "market_album" | "market" | "event" | "donut_link" | "article" | "textlive" | "textpost" | "textpost_publish" | "situational_theme" | "group" | "sticker" | "podcast"
/**
 * Media type
 *
 * Schema: `widgets/objects.json#/definitions/widgets_comment_media_type`
 */
export type WidgetsCommentMediaType = "audio" | "photo" | "video"
/**
 * Response of `account.ban` (`response`).
 *
 * Docs: https://dev.vk.com/method/account.ban
 */
export type AccountBanResponse = BaseOkResponse
/**
 * Response of `account.registerDevice` (`response`).
 *
 * Docs: https://dev.vk.com/method/account.registerDevice
 */
export type AccountRegisterDeviceResponse = BaseOkResponse
/**
 * Response of `account.setInfo` (`response`).
 *
 * Docs: https://dev.vk.com/method/account.setInfo
 */
export type AccountSetInfoResponse = BaseOkResponse
/**
 * Response of `account.setOffline` (`response`).
 *
 * Docs: https://dev.vk.com/method/account.setOffline
 */
export type AccountSetOfflineResponse = BaseOkResponse
/**
 * Response of `account.setOnline` (`response`).
 *
 * Docs: https://dev.vk.com/method/account.setOnline
 */
export type AccountSetOnlineResponse = BaseOkResponse
/**
 * Response of `account.setPushSettings` (`response`).
 *
 * Docs: https://dev.vk.com/method/account.setPushSettings
 */
export type AccountSetPushSettingsResponse = BaseOkResponse
/**
 * Response of `account.setSilenceMode` (`response`).
 *
 * Docs: https://dev.vk.com/method/account.setSilenceMode
 */
export type AccountSetSilenceModeResponse = BaseOkResponse
/**
 * Response of `account.unban` (`response`).
 *
 * Docs: https://dev.vk.com/method/account.unban
 */
export type AccountUnbanResponse = BaseOkResponse
/**
 * Response of `account.unregisterDevice` (`response`).
 *
 * Docs: https://dev.vk.com/method/account.unregisterDevice
 */
export type AccountUnregisterDeviceResponse = BaseOkResponse
/**
 * Response of `ads.deleteTargetGroup` (`response`).
 *
 * Docs: https://dev.vk.com/method/ads.deleteTargetGroup
 */
export type AdsDeleteTargetGroupResponse = BaseOkResponse
/**
 * Response of `ads.deleteTargetPixel` (`response`).
 *
 * Docs: https://dev.vk.com/method/ads.deleteTargetPixel
 */
export type AdsDeleteTargetPixelResponse = BaseUndefinedResponse
/**
 * Response of `ads.getMusiciansByIds` (`response`).
 *
 * Docs: https://dev.vk.com/method/ads.getMusiciansByIds
 */
export type AdsGetMusiciansByIdsResponse = AdsGetMusiciansResponse
/**
 * Response of `ads.updateTargetGroup` (`response`).
 *
 * Docs: https://dev.vk.com/method/ads.updateTargetGroup
 */
export type AdsUpdateTargetGroupResponse = BaseOkResponse
/**
 * Response of `ads.updateTargetPixel` (`response`).
 *
 * Docs: https://dev.vk.com/method/ads.updateTargetPixel
 */
export type AdsUpdateTargetPixelResponse = BaseUndefinedResponse
/**
 * Response of `appWidgets.update` (`response`).
 *
 * Docs: https://dev.vk.com/method/appWidgets.update
 */
export type AppWidgetsUpdateResponse = BaseOkResponse
/**
 * Response of `apps.addUsersToTestingGroup` (`response`).
 *
 * Docs: https://dev.vk.com/method/apps.addUsersToTestingGroup
 */
export type AppsAddUsersToTestingGroupResponse = BaseBoolResponse
/**
 * Response of `apps.deleteAppRequests` (`response`).
 *
 * Docs: https://dev.vk.com/method/apps.deleteAppRequests
 */
export type AppsDeleteAppRequestsResponse = BaseOkResponse
/**
 * Response of `apps.deleteSnippet` (`response`).
 *
 * Docs: https://dev.vk.com/method/apps.deleteSnippet
 */
export type AppsDeleteSnippetResponse = BaseOkResponse
/**
 * Response of `apps.promoHasActiveGift` (`response`).
 *
 * Docs: https://dev.vk.com/method/apps.promoHasActiveGift
 */
export type AppsPromoHasActiveGiftResponse = BaseBoolResponse
/**
 * Response of `apps.promoUseGift` (`response`).
 *
 * Docs: https://dev.vk.com/method/apps.promoUseGift
 */
export type AppsPromoUseGiftResponse = BaseBoolResponse
/**
 * Response of `apps.removeTestingGroup` (`response`).
 *
 * Docs: https://dev.vk.com/method/apps.removeTestingGroup
 */
export type AppsRemoveTestingGroupResponse = BaseBoolResponse
/**
 * Response of `apps.removeUsersFromTestingGroups` (`response`).
 *
 * Docs: https://dev.vk.com/method/apps.removeUsersFromTestingGroups
 */
export type AppsRemoveUsersFromTestingGroupsResponse = BaseBoolResponse
/**
 * Response of `apps.updateMetaForTestingGroup` (`response`).
 *
 * Docs: https://dev.vk.com/method/apps.updateMetaForTestingGroup
 */
export type AppsUpdateMetaForTestingGroupResponse = AppsCreatedGroupResponse
/**
 * Response of `board.closeTopic` (`response`).
 *
 * Docs: https://dev.vk.com/method/board.closeTopic
 */
export type BoardCloseTopicResponse = BaseOkResponse
/**
 * Response of `board.deleteComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/board.deleteComment
 */
export type BoardDeleteCommentResponse = BaseOkResponse
/**
 * Response of `board.deleteTopic` (`response`).
 *
 * Docs: https://dev.vk.com/method/board.deleteTopic
 */
export type BoardDeleteTopicResponse = BaseOkResponse
/**
 * Response of `board.editComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/board.editComment
 */
export type BoardEditCommentResponse = BaseOkResponse
/**
 * Response of `board.editTopic` (`response`).
 *
 * Docs: https://dev.vk.com/method/board.editTopic
 */
export type BoardEditTopicResponse = BaseOkResponse
/**
 * Response of `board.fixTopic` (`response`).
 *
 * Docs: https://dev.vk.com/method/board.fixTopic
 */
export type BoardFixTopicResponse = BaseOkResponse
/**
 * Response of `board.openTopic` (`response`).
 *
 * Docs: https://dev.vk.com/method/board.openTopic
 */
export type BoardOpenTopicResponse = BaseOkResponse
/**
 * Response of `board.restoreComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/board.restoreComment
 */
export type BoardRestoreCommentResponse = BaseOkResponse
/**
 * Response of `board.unfixTopic` (`response`).
 *
 * Docs: https://dev.vk.com/method/board.unfixTopic
 */
export type BoardUnfixTopicResponse = BaseOkResponse
/**
 * Response of `bugtracker.changeBugreportStatus` (`response`).
 *
 * Docs: https://dev.vk.com/method/bugtracker.changeBugreportStatus
 */
export type BugtrackerChangeBugreportStatusResponse = BaseBoolResponse
/**
 * Response of `bugtracker.getProductBuildUploadServer` (`response`).
 *
 * Docs: https://dev.vk.com/method/bugtracker.getProductBuildUploadServer
 */
export type BugtrackerGetProductBuildUploadServerResponse = BaseGetUploadServerResponse
/**
 * Response of `bugtracker.removeCompanyGroupMember` (`response`).
 *
 * Docs: https://dev.vk.com/method/bugtracker.removeCompanyGroupMember
 */
export type BugtrackerRemoveCompanyGroupMemberResponse = BaseOkResponse
/**
 * Response of `bugtracker.removeCompanyMember` (`response`).
 *
 * Docs: https://dev.vk.com/method/bugtracker.removeCompanyMember
 */
export type BugtrackerRemoveCompanyMemberResponse = BaseOkResponse
/**
 * Response of `bugtracker.saveProductVersion` (`response`).
 *
 * Docs: https://dev.vk.com/method/bugtracker.saveProductVersion
 */
export type BugtrackerSaveProductVersionResponse = BaseOkResponse
/**
 * Response of `bugtracker.setCompanyMemberRole` (`response`).
 *
 * Docs: https://dev.vk.com/method/bugtracker.setCompanyMemberRole
 */
export type BugtrackerSetCompanyMemberRoleResponse = BaseOkResponse
/**
 * Response of `bugtracker.setProductIsOver` (`response`).
 *
 * Docs: https://dev.vk.com/method/bugtracker.setProductIsOver
 */
export type BugtrackerSetProductIsOverResponse = BaseOkResponse
/**
 * Response of `calls.forceFinish` (`response`).
 *
 * Docs: https://dev.vk.com/method/calls.forceFinish
 */
export type CallsForceFinishResponse = BaseOkResponse
/**
 * Response of `database.getSchoolClasses` (`response`).
 *
 * Docs: https://dev.vk.com/method/database.getSchoolClasses
 */
export type DatabaseGetSchoolClassesResponse = DatabaseGetSchoolClassesNewResponse
/**
 * Response of `docs.delete` (`response`).
 *
 * Docs: https://dev.vk.com/method/docs.delete
 */
export type DocsDeleteResponse = BaseOkResponse
/**
 * Response of `docs.edit` (`response`).
 *
 * Docs: https://dev.vk.com/method/docs.edit
 */
export type DocsEditResponse = BaseOkResponse
/**
 * Response of `docs.getMessagesUploadServer` (`response`).
 *
 * Docs: https://dev.vk.com/method/docs.getMessagesUploadServer
 */
export type DocsGetMessagesUploadServerResponse = DocsGetUploadServerResponse
/**
 * Response of `docs.getWallUploadServer` (`response`).
 *
 * Docs: https://dev.vk.com/method/docs.getWallUploadServer
 */
export type DocsGetWallUploadServerResponse = BaseGetUploadServerResponse
/**
 * Response of `docs.restore` (`response`).
 *
 * Docs: https://dev.vk.com/method/docs.restore
 */
export type DocsRestoreResponse = BaseOkResponse
/**
 * Response of `donut.getFriends` (`response`).
 *
 * Docs: https://dev.vk.com/method/donut.getFriends
 */
export type DonutGetFriendsResponse = GroupsGetMembersFieldsResponse
/**
 * Response of `donut.isDon` (`response`).
 *
 * Docs: https://dev.vk.com/method/donut.isDon
 */
export type DonutIsDonResponse = BaseBoolResponse
/**
 * Response of `downloadedGames.getPaidStatus` (`response`).
 *
 * Docs: https://dev.vk.com/method/downloadedGames.getPaidStatus
 */
export type DownloadedGamesGetPaidStatusResponse = DownloadedGamesPaidStatusResponse
/**
 * Response of `execute` (`response`).
 *
 * Docs: https://dev.vk.com/method/execute
 */
export type ExecuteResponse = BaseUndefinedResponse
/**
 * Response of `fave.addArticle` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.addArticle
 */
export type FaveAddArticleResponse = BaseOkResponse
/**
 * Response of `fave.addLink` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.addLink
 */
export type FaveAddLinkResponse = BaseOkResponse
/**
 * Response of `fave.addPage` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.addPage
 */
export type FaveAddPageResponse = BaseOkResponse
/**
 * Response of `fave.addPost` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.addPost
 */
export type FaveAddPostResponse = BaseOkResponse
/**
 * Response of `fave.addProduct` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.addProduct
 */
export type FaveAddProductResponse = BaseOkResponse
/**
 * Response of `fave.addVideo` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.addVideo
 */
export type FaveAddVideoResponse = BaseOkResponse
/**
 * Response of `fave.editTag` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.editTag
 */
export type FaveEditTagResponse = BaseOkResponse
/**
 * Response of `fave.markSeen` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.markSeen
 */
export type FaveMarkSeenResponse = BaseBoolResponse
/**
 * Response of `fave.removeArticle` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.removeArticle
 */
export type FaveRemoveArticleResponse = BaseBoolResponse
/**
 * Response of `fave.removeLink` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.removeLink
 */
export type FaveRemoveLinkResponse = BaseOkResponse
/**
 * Response of `fave.removePage` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.removePage
 */
export type FaveRemovePageResponse = BaseOkResponse
/**
 * Response of `fave.removePost` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.removePost
 */
export type FaveRemovePostResponse = BaseOkResponse
/**
 * Response of `fave.removeProduct` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.removeProduct
 */
export type FaveRemoveProductResponse = BaseOkResponse
/**
 * Response of `fave.removeTag` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.removeTag
 */
export type FaveRemoveTagResponse = BaseOkResponse
/**
 * Response of `fave.removeVideo` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.removeVideo
 */
export type FaveRemoveVideoResponse = BaseOkResponse
/**
 * Response of `fave.reorderTags` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.reorderTags
 */
export type FaveReorderTagsResponse = BaseOkResponse
/**
 * Response of `fave.setPageTags` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.setPageTags
 */
export type FaveSetPageTagsResponse = BaseOkResponse
/**
 * Response of `fave.setTags` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.setTags
 */
export type FaveSetTagsResponse = BaseOkResponse
/**
 * Response of `fave.trackPageInteraction` (`response`).
 *
 * Docs: https://dev.vk.com/method/fave.trackPageInteraction
 */
export type FaveTrackPageInteractionResponse = BaseOkResponse
/**
 * Response of `friends.deleteAllRequests` (`response`).
 *
 * Docs: https://dev.vk.com/method/friends.deleteAllRequests
 */
export type FriendsDeleteAllRequestsResponse = BaseOkResponse
/**
 * Response of `friends.deleteList` (`response`).
 *
 * Docs: https://dev.vk.com/method/friends.deleteList
 */
export type FriendsDeleteListResponse = BaseOkResponse
/**
 * Response of `friends.edit` (`response`).
 *
 * Docs: https://dev.vk.com/method/friends.edit
 */
export type FriendsEditResponse = BaseOkResponse
/**
 * Response of `friends.editList` (`response`).
 *
 * Docs: https://dev.vk.com/method/friends.editList
 */
export type FriendsEditListResponse = BaseOkResponse
/**
 * Response of `groups.approveRequest` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.approveRequest
 */
export type GroupsApproveRequestResponse = BaseOkResponse
/**
 * Response of `groups.ban` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.ban
 */
export type GroupsBanResponse = BaseOkResponse
/**
 * Response of `groups.deleteAddress` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.deleteAddress
 */
export type GroupsDeleteAddressResponse = BaseOkResponse
/**
 * Response of `groups.deleteCallbackServer` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.deleteCallbackServer
 */
export type GroupsDeleteCallbackServerResponse = BaseOkResponse
/**
 * Response of `groups.deleteLink` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.deleteLink
 */
export type GroupsDeleteLinkResponse = BaseOkResponse
/**
 * Response of `groups.disableOnline` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.disableOnline
 */
export type GroupsDisableOnlineResponse = BaseOkResponse
/**
 * Response of `groups.edit` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.edit
 */
export type GroupsEditResponse = BaseOkResponse
/**
 * Response of `groups.editCallbackServer` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.editCallbackServer
 */
export type GroupsEditCallbackServerResponse = BaseOkResponse
/**
 * Response of `groups.editLink` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.editLink
 */
export type GroupsEditLinkResponse = BaseOkResponse
/**
 * Response of `groups.editManager` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.editManager
 */
export type GroupsEditManagerResponse = BaseOkResponse
/**
 * Response of `groups.enableOnline` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.enableOnline
 */
export type GroupsEnableOnlineResponse = BaseOkResponse
/**
 * Response of `groups.get` (`extendedResponse`).
 *
 * Docs: https://dev.vk.com/method/groups.get
 */
export type GroupsGetExtendedResponse = GroupsGetObjectExtendedResponse
/**
 * Response of `groups.getById` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.getById
 */
export type GroupsGetByIdResponse = GroupsGetByIdObjectResponse
/**
 * Response of `groups.invite` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.invite
 */
export type GroupsInviteResponse = BaseOkResponse
/**
 * Response of `groups.invite` (`userIdsResponse`).
 *
 * Docs: https://dev.vk.com/method/groups.invite
 */
export type GroupsInviteUserIdsResponse = GroupsInviteUserIdsListResponse
/**
 * Response of `groups.isMember` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.isMember
 */
export type GroupsIsMemberResponse = BaseBoolResponse
/**
 * Response of `groups.join` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.join
 */
export type GroupsJoinResponse = BaseOkResponse
/**
 * Response of `groups.leave` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.leave
 */
export type GroupsLeaveResponse = BaseOkResponse
/**
 * Response of `groups.removeUser` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.removeUser
 */
export type GroupsRemoveUserResponse = BaseOkResponse
/**
 * Response of `groups.reorderLink` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.reorderLink
 */
export type GroupsReorderLinkResponse = BaseOkResponse
/**
 * Response of `groups.setCallbackSettings` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.setCallbackSettings
 */
export type GroupsSetCallbackSettingsResponse = BaseOkResponse
/**
 * Response of `groups.setLongPollSettings` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.setLongPollSettings
 */
export type GroupsSetLongPollSettingsResponse = BaseOkResponse
/**
 * Response of `groups.setSettings` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.setSettings
 */
export type GroupsSetSettingsResponse = BaseOkResponse
/**
 * Response of `groups.setUserNote` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.setUserNote
 */
export type GroupsSetUserNoteResponse = BaseBoolResponse
/**
 * Response of `groups.tagAdd` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.tagAdd
 */
export type GroupsTagAddResponse = BaseBoolResponse
/**
 * Response of `groups.tagBind` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.tagBind
 */
export type GroupsTagBindResponse = BaseBoolResponse
/**
 * Response of `groups.tagDelete` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.tagDelete
 */
export type GroupsTagDeleteResponse = BaseBoolResponse
/**
 * Response of `groups.tagUpdate` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.tagUpdate
 */
export type GroupsTagUpdateResponse = BaseBoolResponse
/**
 * Response of `groups.toggleMarket` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.toggleMarket
 */
export type GroupsToggleMarketResponse = BaseOkResponse
/**
 * Response of `groups.unban` (`response`).
 *
 * Docs: https://dev.vk.com/method/groups.unban
 */
export type GroupsUnbanResponse = BaseOkResponse
/**
 * Response of `leadForms.getUploadURL` (`response`).
 *
 * Docs: https://dev.vk.com/method/leadForms.getUploadURL
 */
export type LeadFormsGetUploadURLResponse = LeadFormsUploadUrlResponse
/**
 * Response of `leadForms.update` (`response`).
 *
 * Docs: https://dev.vk.com/method/leadForms.update
 */
export type LeadFormsUpdateResponse = LeadFormsCreateResponse
/**
 * Response of `market.addToAlbum` (`baseResponse`).
 *
 * Docs: https://dev.vk.com/method/market.addToAlbum
 */
export type MarketAddToAlbumBaseResponse = BaseOkResponse
/**
 * Response of `market.delete` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.delete
 */
export type MarketDeleteResponse = BaseOkResponse
/**
 * Response of `market.deleteAlbum` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.deleteAlbum
 */
export type MarketDeleteAlbumResponse = BaseOkResponse
/**
 * Response of `market.deleteComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.deleteComment
 */
export type MarketDeleteCommentResponse = BaseBoolResponse
/**
 * Response of `market.deleteProperty` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.deleteProperty
 */
export type MarketDeletePropertyResponse = BaseOkResponse
/**
 * Response of `market.deletePropertyVariant` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.deletePropertyVariant
 */
export type MarketDeletePropertyVariantResponse = BaseOkResponse
/**
 * Response of `market.edit` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.edit
 */
export type MarketEditResponse = BaseOkResponse
/**
 * Response of `market.editAlbum` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.editAlbum
 */
export type MarketEditAlbumResponse = BaseOkResponse
/**
 * Response of `market.editComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.editComment
 */
export type MarketEditCommentResponse = BaseOkResponse
/**
 * Response of `market.editOrder` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.editOrder
 */
export type MarketEditOrderResponse = BaseOkResponse
/**
 * Response of `market.editProperty` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.editProperty
 */
export type MarketEditPropertyResponse = BaseOkResponse
/**
 * Response of `market.editPropertyVariant` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.editPropertyVariant
 */
export type MarketEditPropertyVariantResponse = BaseOkResponse
/**
 * Response of `market.filterCategories` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.filterCategories
 */
export type MarketFilterCategoriesResponse = MarketGetCategoriesNewResponse
/**
 * Response of `market.getCategories` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.getCategories
 */
export type MarketGetCategoriesResponse = MarketGetCategoriesNewResponse
/**
 * Response of `market.getProductPhotoUploadServer` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.getProductPhotoUploadServer
 */
export type MarketGetProductPhotoUploadServerResponse = BaseGetUploadServerResponse
/**
 * Response of `market.removeFromAlbum` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.removeFromAlbum
 */
export type MarketRemoveFromAlbumResponse = BaseOkResponse
/**
 * Response of `market.reorderAlbums` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.reorderAlbums
 */
export type MarketReorderAlbumsResponse = BaseOkResponse
/**
 * Response of `market.reorderItems` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.reorderItems
 */
export type MarketReorderItemsResponse = BaseOkResponse
/**
 * Response of `market.report` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.report
 */
export type MarketReportResponse = BaseOkResponse
/**
 * Response of `market.reportComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.reportComment
 */
export type MarketReportCommentResponse = BaseOkResponse
/**
 * Response of `market.restore` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.restore
 */
export type MarketRestoreResponse = BaseOkResponse
/**
 * Response of `market.restoreComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.restoreComment
 */
export type MarketRestoreCommentResponse = BaseBoolResponse
/**
 * Response of `market.saveProductPhoto` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.saveProductPhoto
 */
export type MarketSaveProductPhotoResponse = MarketPhotoIdResponse
/**
 * Response of `market.saveProductPhotoBulk` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.saveProductPhotoBulk
 */
export type MarketSaveProductPhotoBulkResponse = MarketPhotoIdBulkResponse
/**
 * Response of `market.searchItems` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.searchItems
 */
export type MarketSearchItemsResponse = MarketSearchResponse
/**
 * Response of `market.searchItemsBasic` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.searchItemsBasic
 */
export type MarketSearchItemsBasicResponse = MarketSearchBasicResponse
/**
 * Response of `market.ungroupItems` (`response`).
 *
 * Docs: https://dev.vk.com/method/market.ungroupItems
 */
export type MarketUngroupItemsResponse = BaseOkResponse
/**
 * Response of `messages.addChatUser` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.addChatUser
 */
export type MessagesAddChatUserResponse = BaseOkResponse
/**
 * Response of `messages.allowMessagesFromGroup` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.allowMessagesFromGroup
 */
export type MessagesAllowMessagesFromGroupResponse = BaseOkResponse
/**
 * Response of `messages.createChat` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.createChat
 */
export type MessagesCreateChatResponse = MessagesCreateChatWithPeerIdsResponse
/**
 * Response of `messages.delete` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.delete
 */
export type MessagesDeleteResponse = MessagesDeleteFullResponse
/**
 * Response of `messages.deleteReaction` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.deleteReaction
 */
export type MessagesDeleteReactionResponse = BaseBoolResponse
/**
 * Response of `messages.denyMessagesFromGroup` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.denyMessagesFromGroup
 */
export type MessagesDenyMessagesFromGroupResponse = BaseOkResponse
/**
 * Response of `messages.edit` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.edit
 */
export type MessagesEditResponse = BaseBoolResponse
/**
 * Response of `messages.editChat` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.editChat
 */
export type MessagesEditChatResponse = BaseOkResponse
/**
 * Response of `messages.getInviteLink` (`responseByOwner`).
 *
 * Docs: https://dev.vk.com/method/messages.getInviteLink
 */
export type MessagesGetInviteLinkResponseByOwner = MessagesGetInviteLinkByOwnerResponse
/**
 * Response of `messages.markAsAnsweredConversation` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.markAsAnsweredConversation
 */
export type MessagesMarkAsAnsweredConversationResponse = BaseOkResponse
/**
 * Response of `messages.markAsImportant` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.markAsImportant
 */
export type MessagesMarkAsImportantResponse = MessagesMarkAsImportantDeprecatedResponse
/**
 * Response of `messages.markAsImportantConversation` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.markAsImportantConversation
 */
export type MessagesMarkAsImportantConversationResponse = BaseOkResponse
/**
 * Response of `messages.markAsRead` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.markAsRead
 */
export type MessagesMarkAsReadResponse = BaseOkResponse
/**
 * Response of `messages.markReactionsAsRead` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.markReactionsAsRead
 */
export type MessagesMarkReactionsAsReadResponse = BaseBoolResponse
/**
 * Response of `messages.muteChatMentions` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.muteChatMentions
 */
export type MessagesMuteChatMentionsResponse = BaseOkResponse
/**
 * Response of `messages.removeChatUser` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.removeChatUser
 */
export type MessagesRemoveChatUserResponse = BaseOkResponse
/**
 * Response of `messages.restore` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.restore
 */
export type MessagesRestoreResponse = BaseOkResponse
/**
 * Response of `messages.sendMessageEventAnswer` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.sendMessageEventAnswer
 */
export type MessagesSendMessageEventAnswerResponse = BaseOkResponse
/**
 * Response of `messages.sendReaction` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.sendReaction
 */
export type MessagesSendReactionResponse = BaseBoolResponse
/**
 * Response of `messages.setActivity` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.setActivity
 */
export type MessagesSetActivityResponse = BaseOkResponse
/**
 * Response of `messages.unpin` (`response`).
 *
 * Docs: https://dev.vk.com/method/messages.unpin
 */
export type MessagesUnpinResponse = BaseOkResponse
/**
 * Response of `newsfeed.addBan` (`response`).
 *
 * Docs: https://dev.vk.com/method/newsfeed.addBan
 */
export type NewsfeedAddBanResponse = BaseBoolResponse
/**
 * Response of `newsfeed.deleteBan` (`response`).
 *
 * Docs: https://dev.vk.com/method/newsfeed.deleteBan
 */
export type NewsfeedDeleteBanResponse = BaseOkResponse
/**
 * Response of `newsfeed.deleteList` (`response`).
 *
 * Docs: https://dev.vk.com/method/newsfeed.deleteList
 */
export type NewsfeedDeleteListResponse = BaseOkResponse
/**
 * Response of `newsfeed.get` (`response`).
 *
 * Docs: https://dev.vk.com/method/newsfeed.get
 */
export type NewsfeedGetResponse = NewsfeedGenericResponse
/**
 * Response of `newsfeed.getRecommended` (`response`).
 *
 * Docs: https://dev.vk.com/method/newsfeed.getRecommended
 */
export type NewsfeedGetRecommendedResponse = NewsfeedGenericResponse
/**
 * Response of `newsfeed.search` (`responseStrict`).
 *
 * Docs: https://dev.vk.com/method/newsfeed.search
 */
export type NewsfeedSearchResponseStrict = NewsfeedSearchStrictResponse
/**
 * Response of `newsfeed.search` (`extendedResponseStrict`).
 *
 * Docs: https://dev.vk.com/method/newsfeed.search
 */
export type NewsfeedSearchExtendedResponseStrict = NewsfeedSearchExtendedStrictResponse
/**
 * Response of `newsfeed.unignoreItem` (`response`).
 *
 * Docs: https://dev.vk.com/method/newsfeed.unignoreItem
 */
export type NewsfeedUnignoreItemResponse = BaseOkResponse
/**
 * Response of `newsfeed.unsubscribe` (`response`).
 *
 * Docs: https://dev.vk.com/method/newsfeed.unsubscribe
 */
export type NewsfeedUnsubscribeResponse = BaseOkResponse
/**
 * Response of `notes.delete` (`response`).
 *
 * Docs: https://dev.vk.com/method/notes.delete
 */
export type NotesDeleteResponse = BaseOkResponse
/**
 * Response of `notes.deleteComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/notes.deleteComment
 */
export type NotesDeleteCommentResponse = BaseOkResponse
/**
 * Response of `notes.edit` (`response`).
 *
 * Docs: https://dev.vk.com/method/notes.edit
 */
export type NotesEditResponse = BaseOkResponse
/**
 * Response of `notes.editComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/notes.editComment
 */
export type NotesEditCommentResponse = BaseOkResponse
/**
 * Response of `notes.restoreComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/notes.restoreComment
 */
export type NotesRestoreCommentResponse = BaseOkResponse
/**
 * Response of `notifications.markAsViewed` (`response`).
 *
 * Docs: https://dev.vk.com/method/notifications.markAsViewed
 */
export type NotificationsMarkAsViewedResponse = BaseBoolResponse
/**
 * Response of `orders.cancelSubscription` (`response`).
 *
 * Docs: https://dev.vk.com/method/orders.cancelSubscription
 */
export type OrdersCancelSubscriptionResponse = BaseBoolResponse
/**
 * Response of `pages.clearCache` (`response`).
 *
 * Docs: https://dev.vk.com/method/pages.clearCache
 */
export type PagesClearCacheResponse = BaseOkResponse
/**
 * Response of `photos.confirmTag` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.confirmTag
 */
export type PhotosConfirmTagResponse = BaseOkResponse
/**
 * Response of `photos.delete` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.delete
 */
export type PhotosDeleteResponse = BaseOkResponse
/**
 * Response of `photos.deleteAlbum` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.deleteAlbum
 */
export type PhotosDeleteAlbumResponse = BaseOkResponse
/**
 * Response of `photos.deleteComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.deleteComment
 */
export type PhotosDeleteCommentResponse = BaseBoolResponse
/**
 * Response of `photos.edit` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.edit
 */
export type PhotosEditResponse = BaseOkResponse
/**
 * Response of `photos.editAlbum` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.editAlbum
 */
export type PhotosEditAlbumResponse = BaseOkResponse
/**
 * Response of `photos.editComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.editComment
 */
export type PhotosEditCommentResponse = BaseOkResponse
/**
 * Response of `photos.getChatUploadServer` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.getChatUploadServer
 */
export type PhotosGetChatUploadServerResponse = BaseGetUploadServerResponse
/**
 * Response of `photos.getMarketAlbumUploadServer` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.getMarketAlbumUploadServer
 */
export type PhotosGetMarketAlbumUploadServerResponse = BaseGetUploadServerResponse
/**
 * Response of `photos.getOwnerCoverPhotoUploadServer` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.getOwnerCoverPhotoUploadServer
 */
export type PhotosGetOwnerCoverPhotoUploadServerResponse = BaseGetUploadServerResponse
/**
 * Response of `photos.getOwnerPhotoUploadServer` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.getOwnerPhotoUploadServer
 */
export type PhotosGetOwnerPhotoUploadServerResponse = BaseGetUploadServerResponse
/**
 * Response of `photos.makeCover` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.makeCover
 */
export type PhotosMakeCoverResponse = BaseOkResponse
/**
 * Response of `photos.move` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.move
 */
export type PhotosMoveResponse = BaseOkResponse
/**
 * Response of `photos.removeTag` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.removeTag
 */
export type PhotosRemoveTagResponse = BaseOkResponse
/**
 * Response of `photos.reorderAlbums` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.reorderAlbums
 */
export type PhotosReorderAlbumsResponse = BaseOkResponse
/**
 * Response of `photos.reorderPhotos` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.reorderPhotos
 */
export type PhotosReorderPhotosResponse = BaseOkResponse
/**
 * Response of `photos.report` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.report
 */
export type PhotosReportResponse = BaseOkResponse
/**
 * Response of `photos.reportComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.reportComment
 */
export type PhotosReportCommentResponse = BaseOkResponse
/**
 * Response of `photos.restore` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.restore
 */
export type PhotosRestoreResponse = BaseOkResponse
/**
 * Response of `photos.restoreComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/photos.restoreComment
 */
export type PhotosRestoreCommentResponse = BaseBoolResponse
/**
 * Response of `polls.addVote` (`response`).
 *
 * Docs: https://dev.vk.com/method/polls.addVote
 */
export type PollsAddVoteResponse = BaseBoolResponse
/**
 * Response of `polls.deleteVote` (`response`).
 *
 * Docs: https://dev.vk.com/method/polls.deleteVote
 */
export type PollsDeleteVoteResponse = BaseBoolResponse
/**
 * Response of `polls.edit` (`response`).
 *
 * Docs: https://dev.vk.com/method/polls.edit
 */
export type PollsEditResponse = BaseOkResponse
/**
 * Response of `polls.getPhotoUploadServer` (`response`).
 *
 * Docs: https://dev.vk.com/method/polls.getPhotoUploadServer
 */
export type PollsGetPhotoUploadServerResponse = BaseGetUploadServerResponse
/**
 * Response of `secure.addAppEvent` (`response`).
 *
 * Docs: https://dev.vk.com/method/secure.addAppEvent
 */
export type SecureAddAppEventResponse = BaseOkResponse
/**
 * Response of `secure.sendSMSNotification` (`response`).
 *
 * Docs: https://dev.vk.com/method/secure.sendSMSNotification
 */
export type SecureSendSMSNotificationResponse = BaseOkResponse
/**
 * Response of `secure.setCounter` (`responseInteger`).
 *
 * Docs: https://dev.vk.com/method/secure.setCounter
 */
export type SecureSetCounterResponseInteger = BaseBoolResponse
/**
 * Response of `secure.setCounter` (`responseArray`).
 *
 * Docs: https://dev.vk.com/method/secure.setCounter
 */
export type SecureSetCounterResponseArray = SecureSetCounterArrayResponse
/**
 * Response of `stats.trackVisitor` (`response`).
 *
 * Docs: https://dev.vk.com/method/stats.trackVisitor
 */
export type StatsTrackVisitorResponse = BaseOkResponse
/**
 * Response of `status.set` (`response`).
 *
 * Docs: https://dev.vk.com/method/status.set
 */
export type StatusSetResponse = BaseOkResponse
/**
 * Response of `storage.set` (`response`).
 *
 * Docs: https://dev.vk.com/method/storage.set
 */
export type StorageSetResponse = BaseOkResponse
/**
 * Response of `store.addStickersToFavorite` (`response`).
 *
 * Docs: https://dev.vk.com/method/store.addStickersToFavorite
 */
export type StoreAddStickersToFavoriteResponse = BaseOkResponse
/**
 * Response of `store.removeStickersFromFavorite` (`response`).
 *
 * Docs: https://dev.vk.com/method/store.removeStickersFromFavorite
 */
export type StoreRemoveStickersFromFavoriteResponse = BaseOkResponse
/**
 * Response of `stories.banOwner` (`response`).
 *
 * Docs: https://dev.vk.com/method/stories.banOwner
 */
export type StoriesBanOwnerResponse = BaseOkResponse
/**
 * Response of `stories.delete` (`response`).
 *
 * Docs: https://dev.vk.com/method/stories.delete
 */
export type StoriesDeleteResponse = BaseOkResponse
/**
 * Response of `stories.get` (`response`).
 *
 * Docs: https://dev.vk.com/method/stories.get
 */
export type StoriesGetResponse = StoriesGetV5113Response
/**
 * Response of `stories.getById` (`response`).
 *
 * Docs: https://dev.vk.com/method/stories.getById
 */
export type StoriesGetByIdResponse = StoriesGetByIdExtendedResponse
/**
 * Response of `stories.getDetailedStats` (`response`).
 *
 * Docs: https://dev.vk.com/method/stories.getDetailedStats
 */
export type StoriesGetDetailedStatsResponse = StoriesGetStatsV5200Response
/**
 * Response of `stories.getReplies` (`response`).
 *
 * Docs: https://dev.vk.com/method/stories.getReplies
 */
export type StoriesGetRepliesResponse = StoriesGetV5113Response
/**
 * Response of `stories.getViewers` (`response`).
 *
 * Docs: https://dev.vk.com/method/stories.getViewers
 */
export type StoriesGetViewersResponse = StoriesGetViewersExtendedV5115Response
/**
 * Response of `stories.hideAllReplies` (`response`).
 *
 * Docs: https://dev.vk.com/method/stories.hideAllReplies
 */
export type StoriesHideAllRepliesResponse = BaseOkResponse
/**
 * Response of `stories.hideReply` (`response`).
 *
 * Docs: https://dev.vk.com/method/stories.hideReply
 */
export type StoriesHideReplyResponse = BaseOkResponse
/**
 * Response of `stories.search` (`response`).
 *
 * Docs: https://dev.vk.com/method/stories.search
 */
export type StoriesSearchResponse = StoriesGetV5113Response
/**
 * Response of `stories.sendInteraction` (`response`).
 *
 * Docs: https://dev.vk.com/method/stories.sendInteraction
 */
export type StoriesSendInteractionResponse = BaseOkResponse
/**
 * Response of `stories.unbanOwner` (`response`).
 *
 * Docs: https://dev.vk.com/method/stories.unbanOwner
 */
export type StoriesUnbanOwnerResponse = BaseOkResponse
/**
 * Response of `users.report` (`response`).
 *
 * Docs: https://dev.vk.com/method/users.report
 */
export type UsersReportResponse = BaseOkResponse
/**
 * Response of `utils.deleteFromLastShortened` (`response`).
 *
 * Docs: https://dev.vk.com/method/utils.deleteFromLastShortened
 */
export type UtilsDeleteFromLastShortenedResponse = BaseOkResponse
/**
 * Response of `video.add` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.add
 */
export type VideoAddResponse = BaseOkResponse
/**
 * Response of `video.addToAlbum` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.addToAlbum
 */
export type VideoAddToAlbumResponse = BaseOkResponse
/**
 * Response of `video.addToAlbum` (`multiResponse`).
 *
 * Docs: https://dev.vk.com/method/video.addToAlbum
 */
export type VideoAddToAlbumMultiResponse = VideoChangeVideoAlbumsResponse
/**
 * Response of `video.delete` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.delete
 */
export type VideoDeleteResponse = BaseOkResponse
/**
 * Response of `video.deleteAlbum` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.deleteAlbum
 */
export type VideoDeleteAlbumResponse = BaseOkResponse
/**
 * Response of `video.deleteComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.deleteComment
 */
export type VideoDeleteCommentResponse = BaseOkResponse
/**
 * Response of `video.editAlbum` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.editAlbum
 */
export type VideoEditAlbumResponse = BaseOkResponse
/**
 * Response of `video.editComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.editComment
 */
export type VideoEditCommentResponse = BaseOkResponse
/**
 * Response of `video.removeFromAlbum` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.removeFromAlbum
 */
export type VideoRemoveFromAlbumResponse = BaseOkResponse
/**
 * Response of `video.removeFromAlbum` (`multiResponse`).
 *
 * Docs: https://dev.vk.com/method/video.removeFromAlbum
 */
export type VideoRemoveFromAlbumMultiResponse = VideoChangeVideoAlbumsResponse
/**
 * Response of `video.reorderAlbums` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.reorderAlbums
 */
export type VideoReorderAlbumsResponse = BaseOkResponse
/**
 * Response of `video.reorderVideos` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.reorderVideos
 */
export type VideoReorderVideosResponse = BaseOkResponse
/**
 * Response of `video.report` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.report
 */
export type VideoReportResponse = BaseOkResponse
/**
 * Response of `video.reportComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.reportComment
 */
export type VideoReportCommentResponse = BaseOkResponse
/**
 * Response of `video.restore` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.restore
 */
export type VideoRestoreResponse = BaseOkResponse
/**
 * Response of `video.restoreComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.restoreComment
 */
export type VideoRestoreCommentResponse = BaseBoolResponse
/**
 * Response of `video.unpinComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/video.unpinComment
 */
export type VideoUnpinCommentResponse = BaseOkResponse
/**
 * Response of `wall.checkCopyrightLink` (`response`).
 *
 * Docs: https://dev.vk.com/method/wall.checkCopyrightLink
 */
export type WallCheckCopyrightLinkResponse = BaseBoolResponse
/**
 * Response of `wall.closeComments` (`response`).
 *
 * Docs: https://dev.vk.com/method/wall.closeComments
 */
export type WallCloseCommentsResponse = BaseBoolResponse
/**
 * Response of `wall.delete` (`response`).
 *
 * Docs: https://dev.vk.com/method/wall.delete
 */
export type WallDeleteResponse = BaseOkResponse
/**
 * Response of `wall.deleteComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/wall.deleteComment
 */
export type WallDeleteCommentResponse = BaseOkResponse
/**
 * Response of `wall.editAdsStealth` (`response`).
 *
 * Docs: https://dev.vk.com/method/wall.editAdsStealth
 */
export type WallEditAdsStealthResponse = BaseOkResponse
/**
 * Response of `wall.editComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/wall.editComment
 */
export type WallEditCommentResponse = BaseOkResponse
/**
 * Response of `wall.openComments` (`response`).
 *
 * Docs: https://dev.vk.com/method/wall.openComments
 */
export type WallOpenCommentsResponse = BaseBoolResponse
/**
 * Response of `wall.pin` (`response`).
 *
 * Docs: https://dev.vk.com/method/wall.pin
 */
export type WallPinResponse = BaseOkResponse
/**
 * Response of `wall.reportComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/wall.reportComment
 */
export type WallReportCommentResponse = BaseOkResponse
/**
 * Response of `wall.reportPost` (`response`).
 *
 * Docs: https://dev.vk.com/method/wall.reportPost
 */
export type WallReportPostResponse = BaseOkResponse
/**
 * Response of `wall.restore` (`response`).
 *
 * Docs: https://dev.vk.com/method/wall.restore
 */
export type WallRestoreResponse = BaseOkResponse
/**
 * Response of `wall.restoreComment` (`response`).
 *
 * Docs: https://dev.vk.com/method/wall.restoreComment
 */
export type WallRestoreCommentResponse = BaseOkResponse
/**
 * Response of `wall.unpin` (`response`).
 *
 * Docs: https://dev.vk.com/method/wall.unpin
 */
export type WallUnpinResponse = BaseOkResponse

/**
 * Schema: `account/objects.json#/definitions/account_account_counters`
 */
export interface AccountAccountCounters {
  /**
   * New app requests number
   */
  app_requests?: number
  /**
   * New events number
   */
  events?: number
  /**
   * New faves number
   */
  faves?: number
  /**
   * New friends requests number
   */
  friends?: number
  /**
   * New friends recommendations number
   */
  friends_recommendations?: number
  /**
   * New gifts number
   */
  gifts?: number
  /**
   * New groups number
   */
  groups?: number
  /**
   * New messages number. Will be removed when messages.getCounters is released.
   */
  messages?: number
  /**
   * New memories number
   */
  memories?: number
  /**
   * New notes number
   */
  notes?: number
  /**
   * New notifications number
   */
  notifications?: number
  /**
   * New photo tags number
   */
  photos?: number
}
/**
 * Schema: `account/responses.json#/definitions/account_changePassword_response`
 */
export interface AccountChangePasswordResponse {
  /**
   * New token
   */
  token: string
  /**
   * New secret
   */
  secret?: string
}
/**
 * Schema: `account/responses.json#/definitions/account_getActiveOffers_response`
 */
export interface AccountGetActiveOffersResponse {
  /**
   * Total number
   */
  count: number
  items: AccountOffer[]
}
/**
 * Schema: `account/responses.json#/definitions/account_getBanned_response`
 */
export interface AccountGetBannedResponse {
  /**
   * Total number
   */
  count: number
  items: number[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroup[]
}
/**
 * Schema: `account/objects.json#/definitions/account_info`
 */
export interface AccountInfo {
  /**
   * Two factor authentication is enabled
   */
  "2fa_required"?: BaseBoolInt
  /**
   * Information whether HTTPS-only is enabled
   */
  https_required?: BaseBoolInt
  /**
   * Information whether user has been processed intro
   */
  intro?: number
  /**
   * Language ID
   */
  lang?: number
  /**
   * Information whether wall comments should be hidden
   */
  no_wall_replies?: BaseBoolInt
  /**
   * Information whether only owners posts should be shown
   */
  own_posts_default?: BaseBoolInt
}
/**
 * Schema: `account/objects.json#/definitions/account_name_request`
 */
export interface AccountNameRequest {
  /**
   * First name in request
   */
  first_name?: string
  /**
   * Request ID needed to cancel the request
   */
  id?: number
  /**
   * Last name in request
   */
  last_name?: string
  status?: AccountNameRequestStatus
  /**
   * Text to display to user
   */
  lang?: string
  /**
   * href for link in lang field
   */
  link_href?: string
  /**
   * label to display for link in lang field
   */
  link_label?: string
}
/**
 * Schema: `account/objects.json#/definitions/account_offer`
 */
export interface AccountOffer {
  /**
   * Offer description
   */
  description?: string
  /**
   * Offer ID
   */
  id?: number
  /**
   * URL of the preview image
   */
  img?: string
  /**
   * Instruction how to process the offer
   */
  instruction?: string
  /**
   * Instruction how to process the offer (HTML format)
   */
  instruction_html?: string
  /**
   * Offer price
   */
  price?: number
  /**
   * Offer short description
   */
  short_description?: string
  /**
   * Offer tag
   */
  tag?: string
  /**
   * Offer title
   */
  title?: string
  /**
   * Currency amount
   */
  currency_amount?: number
  /**
   * Link id
   */
  link_id?: number
  /**
   * Link type
   */
  link_type?: "profile" | "group" | "app"
}
/**
 * Schema: `account/objects.json#/definitions/account_push_conversations`
 */
export interface AccountPushConversations {
  /**
   * Items count
   */
  count?: number
  items?: AccountPushConversationsItem[]
}
/**
 * Schema: `account/objects.json#/definitions/account_push_conversations_item`
 */
export interface AccountPushConversationsItem {
  /**
   * Time until that notifications are disabled in seconds
   */
  disabled_until: number
  /**
   * Peer ID
   */
  peer_id: number
  /**
   * Information whether the sound are enabled
   */
  sound: BaseBoolInt
  /**
   * Information whether the mentions are disabled
   */
  disabled_mentions?: BaseBoolInt
  /**
   * Information whether the mass mentions (like '@all', '@online') are disabled. Can be affected by 'disabled_mentions'
   */
  disabled_mass_mentions?: BaseBoolInt
}
/**
 * Schema: `account/objects.json#/definitions/account_push_params`
 */
export interface AccountPushParams {
  msg?: AccountPushParamsMode[]
  chat?: AccountPushParamsMode[]
  like?: AccountPushParamsSettings[]
  repost?: AccountPushParamsSettings[]
  comment?: AccountPushParamsSettings[]
  mention?: AccountPushParamsSettings[]
  reply?: AccountPushParamsOnoff[]
  new_post?: AccountPushParamsOnoff[]
  wall_post?: AccountPushParamsOnoff[]
  wall_publish?: AccountPushParamsOnoff[]
  friend?: AccountPushParamsOnoff[]
  friend_found?: AccountPushParamsOnoff[]
  friend_accepted?: AccountPushParamsOnoff[]
  group_invite?: AccountPushParamsOnoff[]
  group_accepted?: AccountPushParamsOnoff[]
  birthday?: AccountPushParamsOnoff[]
  event_soon?: AccountPushParamsOnoff[]
  app_request?: AccountPushParamsOnoff[]
  sdk_open?: AccountPushParamsOnoff[]
}
/**
 * Schema: `account/objects.json#/definitions/account_push_settings`
 */
export interface AccountPushSettings {
  /**
   * Information whether notifications are disabled
   */
  disabled?: BaseBoolInt
  /**
   * Time until that notifications are disabled in Unixtime
   */
  disabled_until?: number
  settings?: AccountPushParams
  conversations?: AccountPushConversations
}
/**
 * Schema: `account/responses.json#/definitions/account_saveProfileInfo_response`
 */
export interface AccountSaveProfileInfoResponse {
  /**
   * 1 if changes has been processed
   */
  changed: BaseBoolInt
  name_request?: AccountNameRequest
}
/**
 * Schema: `account/objects.json#/definitions/account_user_settings`
 */
export interface AccountUserSettings extends UsersUserMin, UsersUserSettingsXtr {
  /**
   * URL of square photo of the user with 200 pixels in width
   */
  photo_200?: string
  /**
   * flag about service account
   */
  is_service_account?: boolean
}
/**
 * Schema: `account/objects.json#/definitions/account_user_settings_interest`
 */
export interface AccountUserSettingsInterest {
  title: string
  value: string
}
/**
 * Schema: `account/objects.json#/definitions/account_user_settings_interests`
 */
export interface AccountUserSettingsInterests {
  activities?: AccountUserSettingsInterest
  interests?: AccountUserSettingsInterest
  music?: AccountUserSettingsInterest
  tv?: AccountUserSettingsInterest
  movies?: AccountUserSettingsInterest
  books?: AccountUserSettingsInterest
  games?: AccountUserSettingsInterest
  quotes?: AccountUserSettingsInterest
  about?: AccountUserSettingsInterest
}
/**
 * Schema: `ads/objects.json#/definitions/ads_accesses`
 */
export interface AdsAccesses {
  /**
   * Client ID
   */
  client_id?: string
  role?: AdsAccessRole
}
/**
 * Schema: `ads/objects.json#/definitions/ads_account`
 */
export interface AdsAccount {
  access_role: AdsAccessRole
  /**
   * Account ID
   */
  account_id: number
  /**
   * Information whether account is active
   */
  account_status: BaseBoolInt
  account_type: AdsAccountType
  /**
   * Account name
   */
  account_name: string
  /**
   * Can user view account budget
   */
  can_view_budget: boolean
}
/**
 * Schema: `ads/objects.json#/definitions/ads_ad`
 */
export interface AdsAd {
  /**
   * Ad format
   */
  ad_format: number
  /**
   * Ad platform
   */
  ad_platform: number | string
  /**
   * Total limit
   */
  all_limit: string
  approved: AdsAdApproved
  /**
   * Campaign ID
   */
  campaign_id: number
  /**
   * Category ID
   */
  category1_id?: number
  /**
   * Additional category ID
   */
  category2_id?: number
  cost_type: AdsAdCostType
  /**
   * Cost of a click, kopecks
   */
  cpc?: string
  /**
   * Cost of 1000 impressions, kopecks
   */
  cpm?: string
  /**
   * Cost of an action, kopecks
   */
  cpa?: string
  /**
   * Cost of 1000 impressions optimized, kopecks
   */
  ocpm?: string
  /**
   * Autobidding
   */
  autobidding?: BaseBoolInt
  /**
   * Max cost of target actions for autobidding, kopecks
   */
  autobidding_max_cost?: string
  /**
   * Information whether disclaimer is enabled
   */
  disclaimer_medical?: BaseBoolInt
  /**
   * Information whether disclaimer is enabled
   */
  disclaimer_specialist?: BaseBoolInt
  /**
   * Information whether disclaimer is enabled
   */
  disclaimer_supplements?: BaseBoolInt
  /**
   * Ad ID
   */
  id: number
  /**
   * Impressions limit
   */
  impressions_limit?: number
  /**
   * Impressions limit period
   */
  impressions_limit_period?: number
  /**
   * Information whether impressions are limited
   */
  impressions_limited?: BaseBoolInt
  /**
   * Ad title
   */
  name: string
  status: AdsAdStatus
  /**
   * Information whether the ad is a video
   */
  video?: BaseBoolInt
  /**
   * Day limit
   */
  day_limit?: string
  /**
   * Goal type
   */
  goal_type?: number
  /**
   * User goal type
   */
  user_goal_type?: number
  /**
   * Age restriction
   */
  age_restriction?: number
  /**
   * Conversion pixel id
   */
  conversion_pixel_id?: number
  /**
   * Conversion event id
   */
  conversion_event_id?: number
  /**
   * Create time
   */
  create_time?: number
  /**
   * Update time
   */
  update_time?: number
  /**
   * Start time
   */
  start_time?: number
  /**
   * Stop time
   */
  stop_time?: number
  /**
   * Publisher platform auto
   */
  publisher_platforms_auto?: BaseBoolInt
  /**
   * Publisher platforms
   */
  publisher_platforms?: string
  /**
   * Link url
   */
  link_url?: string
  /**
   * Link owner id
   */
  link_owner_id?: number
  /**
   * Link id
   */
  link_id?: number
  /**
   * Has campaign budget optimization
   */
  has_campaign_budget_optimization?: boolean
  /**
   * Events retargeting groups
   */
  events_retargeting_groups?: AdsEventsRetargetingGroup[]
  /**
   * Weekly schedule hours
   */
  weekly_schedule_hours?: string[]
  /**
   * Weekly schedule use holidays
   */
  weekly_schedule_use_holidays?: number
  /**
   * Ad platform no ad network
   */
  ad_platform_no_ad_network?: number
  /**
   * Ad platform no wall
   */
  ad_platform_no_wall?: number
  /**
   * Disclaimer finance
   */
  disclaimer_finance?: number
  /**
   * Disclaimer finance name
   */
  disclaimer_finance_name?: string
  /**
   * Disclaimer finance license no
   */
  disclaimer_finance_license_no?: string
  /**
   * is promo
   */
  is_promo?: boolean
  /**
   * Suggested criteria
   */
  suggested_criteria?: number
  /**
   * Link type
   */
  link_type?: number
}
/**
 * Schema: `ads/objects.json#/definitions/ads_ad_layout`
 */
export interface AdsAdLayout {
  /**
   * Ad format
   */
  ad_format: number
  /**
   * Campaign ID
   */
  campaign_id: number
  cost_type: AdsAdCostType
  /**
   * Ad description
   */
  description: string
  /**
   * Ad ID
   */
  id: number
  /**
   * Image URL
   */
  image_src: string
  /**
   * URL of the preview image in double size
   */
  image_src_2x?: string
  /**
   * Domain of advertised object
   */
  link_domain?: string
  /**
   * URL of advertised object
   */
  link_url: string
  /**
   * Type of advertised object
   */
  link_type: number
  /**
   * link to preview an ad as it is shown on the website
   */
  preview_link?: string
  /**
   * Ad title
   */
  title: string
  /**
   * Information whether the ad is a video
   */
  video?: BaseBoolInt
  /**
   * Social
   */
  social?: boolean
  /**
   * Okved
   */
  okved?: string
  /**
   * Age restriction
   */
  age_restriction?: number
  /**
   * Goal type
   */
  goal_type?: number
  /**
   * Link title
   */
  link_title?: string
  /**
   * Link button
   */
  link_button?: string
  /**
   * Repeat video
   */
  repeat_video?: number
  /**
   * Video source 240p
   */
  video_src_240?: string
  /**
   * Video source 360p
   */
  video_src_360?: string
  /**
   * Video source 480p
   */
  video_src_480?: string
  /**
   * Video source 720p
   */
  video_src_720?: string
  /**
   * Video source 1080p
   */
  video_src_1080?: string
  /**
   * Video source 1440p
   */
  video_src_1440?: string
  /**
   * Video source 2160p
   */
  video_src_2160?: string
  /**
   * Video image source
   */
  video_image_src?: string
  /**
   * Video image source 2x
   */
  video_image_src_2x?: string
  /**
   * Video duration
   */
  video_duration?: number
  /**
   * Icon source
   */
  icon_src?: string
  /**
   * Icon source 2x
   */
  icon_src_2x?: string
  post?: AdsPost
  stories_data?: AdsStories
  clips_list?: AdsClipItem[]
}
/**
 * Schema: `ads/objects.json#/definitions/ads_campaign`
 */
export interface AdsCampaign {
  /**
   * Amount of active ads in campaign
   */
  ads_count?: number
  /**
   * Campaign's total limit, rubles
   */
  all_limit: string
  /**
   * Campaign create time, as Unixtime
   */
  create_time?: number
  /**
   * Campaign goal type
   */
  goal_type?: number
  /**
   * Campaign user goal type
   */
  user_goal_type?: number
  /**
   * Shows if Campaign Budget Optimization is on
   */
  is_cbo_enabled?: boolean
  /**
   * Campaign's day limit, rubles
   */
  day_limit: string
  /**
   * Campaign ID
   */
  id: number
  /**
   * Campaign title
   */
  name: string
  /**
   * Campaign start time, as Unixtime
   */
  start_time: number
  status: AdsCampaignStatus
  /**
   * Campaign stop time, as Unixtime
   */
  stop_time: number
  type: AdsCampaignType
  /**
   * Campaign update time, as Unixtime
   */
  update_time?: number
  /**
   * Limit of views per user per campaign
   */
  views_limit?: number
}
/**
 * Schema: `ads/objects.json#/definitions/ads_category`
 */
export interface AdsCategory {
  /**
   * Category ID
   */
  id: number
  /**
   * Category name
   */
  name: string
  subcategories?: AdsCategory[]
}
/**
 * Schema: `ads/objects.json#/definitions/ads_client`
 */
export interface AdsClient {
  /**
   * Client's total limit, rubles
   */
  all_limit: string
  /**
   * Client's day limit, rubles
   */
  day_limit: string
  /**
   * Client ID
   */
  id: number
  /**
   * Client name
   */
  name: string
  /**
   * Ord data
   */
  ord_data?: AdsOrdData
}
/**
 * Schema: `ads/objects.json#/definitions/ads_clip_item`
 */
export interface AdsClipItem {
  /**
   * Video id
   */
  video_id?: number
  /**
   * Preview url
   */
  preview_url?: string
  link?: AdsClipItemLink
}
/**
 * Link
 *
 * Schema: `ads/objects.json#/definitions/ads_clip_item_link`
 */
export interface AdsClipItemLink {
  /**
   * Text
   */
  text?: string
  /**
   * Key
   */
  key?: string
  /**
   * Url
   */
  url?: string
}
/**
 * Schema: `ads/responses.json#/definitions/ads_createLookalikeRequest_response`
 */
export interface AdsCreateLookalikeRequestResponse {
  /**
   * Request ID
   */
  request_id?: number
}
/**
 * Schema: `ads/responses.json#/definitions/ads_createTargetGroup_response`
 */
export interface AdsCreateTargetGroupResponse {
  /**
   * Group ID
   */
  id?: number
  /**
   * Pixel code
   */
  pixel?: string
}
/**
 * Schema: `ads/responses.json#/definitions/ads_createTargetPixel_response`
 */
export interface AdsCreateTargetPixelResponse {
  /**
   * Pixel ID
   */
  id?: number
  /**
   * Pixel code
   */
  pixel?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_create_ad_status`
 */
export interface AdsCreateAdStatus {
  /**
   * Ad ID
   */
  id: number
  /**
   * Stealth Post ID
   */
  post_id?: number
  /**
   * Error code
   */
  error_code?: number
  /**
   * Error description
   */
  error_desc?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_create_campaign_status`
 */
export interface AdsCreateCampaignStatus {
  /**
   * Campaign ID
   */
  id: number
  /**
   * Error code
   */
  error_code?: number
  /**
   * Error description
   */
  error_desc?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_create_clients_status`
 */
export interface AdsCreateClientsStatus {
  /**
   * Client ID
   */
  id: number
  /**
   * Error code
   */
  error_code?: number
  /**
   * Error description
   */
  error_desc?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_criteria`
 */
export interface AdsCriteria {
  /**
   * Age from
   */
  age_from?: string
  /**
   * Age to
   */
  age_to?: string
  /**
   * Apps IDs
   */
  apps?: string
  /**
   * Apps IDs to except
   */
  apps_not?: string
  /**
   * Days to birthday
   */
  birthday?: string
  /**
   * Cities IDs
   */
  cities?: string
  /**
   * Cities IDs to except
   */
  cities_not?: string
  /**
   * Districts IDs
   */
  districts?: string
  /**
   * Communities IDs
   */
  groups?: string
  /**
   * Interests categories IDs
   */
  interest_categories?: string
  /**
   * Interests
   */
  interests?: string
  /**
   * Information whether the user has proceeded VK payments before
   */
  paying?: string
  /**
   * Positions IDs
   */
  positions?: string
  /**
   * Religions IDs
   */
  religions?: string
  /**
   * Retargeting groups ids
   */
  retargeting_groups?: string
  /**
   * Retargeting groups NOT ids
   */
  retargeting_groups_not?: string
  /**
   * School graduation year from
   */
  school_from?: string
  /**
   * School graduation year to
   */
  school_to?: string
  /**
   * Schools IDs
   */
  schools?: string
  sex?: AdsCriteriaSex
  /**
   * Stations IDs
   */
  stations?: string
  /**
   * Relationship statuses
   */
  statuses?: string
  /**
   * Streets IDs
   */
  streets?: string
  /**
   * Travellers
   */
  travellers?: string
  /**
   * AB test
   */
  ab_test?: string
  /**
   * University graduation year from
   */
  uni_from?: string
  /**
   * University graduation year to
   */
  uni_to?: string
  /**
   * Browsers
   */
  user_browsers?: string
  /**
   * Devices
   */
  user_devices?: string
  /**
   * Operating systems
   */
  user_os?: string
  /**
   * Suggested criteria
   */
  suggested_criteria?: string
  /**
   * Group not
   */
  groups_not?: string
  /**
   * Price list audience type
   */
  price_list_audience_type?: string
  /**
   * Count
   */
  count?: string
  /**
   * Group active formula
   */
  groups_active_formula?: string
  /**
   * Interest categories formula
   */
  interest_categories_formula?: string
  /**
   * Groups formula
   */
  groups_formula?: string
  /**
   * Groups active
   */
  groups_active?: string
  /**
   * Group types
   */
  group_types?: string
  /**
   * Key phrases
   */
  key_phrases?: string
  /**
   * Key phrases days
   */
  key_phrases_days?: string
  /**
   * Geo near
   */
  geo_near?: string
  /**
   * Geo point type
   */
  geo_point_type?: string
  /**
   * Price list id
   */
  price_list_id?: string
  /**
   * Groups recommended ids
   */
  groups_recommended?: string
  /**
   * Groups active recommended ids
   */
  groups_active_recommended?: string
  /**
   * Music artists formula
   */
  music_artists_formula?: string
  /**
   * Price list retargeting formula
   */
  price_list_retargeting_formula?: string
  /**
   * Tags
   */
  tags?: string
  /**
   * Browsers
   */
  browsers?: string
  /**
   * Mobile os min version
   */
  mobile_os_min_version?: string
  /**
   * Mobile apps events formula
   */
  mobile_apps_events_formula?: string
  /**
   * Mobile os max version
   */
  mobile_os_max_version?: string
  /**
   * operators
   */
  operators?: string
  /**
   * wifi_only
   */
  wifi_only?: string
  /**
   * mobile_manufacturers
   */
  mobile_manufacturers?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_demo_stats`
 */
export interface AdsDemoStats {
  /**
   * Object ID
   */
  id?: number
  stats?: AdsDemostatsFormat[]
  type?: AdsObjectType
}
/**
 * Schema: `ads/objects.json#/definitions/ads_demographic_stats_period_item_base`
 */
export interface AdsDemographicStatsPeriodItemBase {
  /**
   * Clicks rate
   */
  clicks_rate?: number
  /**
   * Impressions rate
   */
  impressions_rate?: number
}
/**
 * Schema: `ads/objects.json#/definitions/ads_demostats_format`
 */
export interface AdsDemostatsFormat {
  age?: AdsStatsAge[]
  cities?: AdsStatsCities[]
  /**
   * Day as YYYY-MM-DD
   */
  day?: string
  day_from?: string
  day_to?: string
  /**
   * Month as YYYY-MM
   */
  month?: string
  /**
   * 1 if period=overall
   */
  overall?: number
  sex?: AdsStatsSex[]
  sex_age?: AdsStatsSexAge[]
}
/**
 * Schema: `ads/objects.json#/definitions/ads_events_retargeting_group`
 */
export interface AdsEventsRetargetingGroup {
  id?: number
  value?: number[]
}
/**
 * Schema: `ads/objects.json#/definitions/ads_flood_stats`
 */
export interface AdsFloodStats {
  /**
   * Requests left
   */
  left: number
  /**
   * Time to refresh in seconds
   */
  refresh: number
  /**
   * Used requests per user
   */
  stats_by_user?: AdsFloodStatsByUserItem[]
}
/**
 * Schema: `ads/objects.json#/definitions/ads_flood_stats_by_user_item`
 */
export interface AdsFloodStatsByUserItem {
  /**
   * User ID
   */
  user_id: number
  /**
   * Used requests
   */
  requests_count: number
}
/**
 * Schema: `ads/responses.json#/definitions/ads_getCategories_response`
 */
export interface AdsGetCategoriesResponse {
  /**
   * Old categories
   */
  v1?: AdsCategory[]
  /**
   * Actual categories
   */
  v2?: AdsCategory[]
}
/**
 * Schema: `ads/responses.json#/definitions/ads_getLookalikeRequests_response`
 */
export interface AdsGetLookalikeRequestsResponse {
  /**
   * Total count of found lookalike requests
   */
  count: number
  /**
   * found lookalike requests
   */
  items: AdsLookalikeRequest[]
}
/**
 * Schema: `ads/responses.json#/definitions/ads_getMusicians_response`
 */
export interface AdsGetMusiciansResponse {
  /**
   * Musicians
   */
  items: AdsMusician[]
}
/**
 * Schema: `ads/objects.json#/definitions/ads_link_status`
 */
export interface AdsLinkStatus {
  /**
   * Reject reason
   */
  description?: string
  /**
   * URL
   */
  redirect_url?: string
  /**
   * Link status
   */
  status: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_lookalike_request`
 */
export interface AdsLookalikeRequest {
  /**
   * Lookalike request ID
   */
  id: number
  /**
   * Lookalike request create time, as Unixtime
   */
  create_time: number
  /**
   * Lookalike request update time, as Unixtime
   */
  update_time: number
  /**
   * Time by which lookalike request would be deleted, as Unixtime
   */
  scheduled_delete_time?: number
  /**
   * Lookalike request status
   */
  status: "search_in_progress" | "search_failed" | "search_done" | "save_in_progress" | "save_failed" | "save_done"
  /**
   * Lookalike request source type
   */
  source_type: "retargeting_group"
  /**
   * Retargeting group id, which was used as lookalike seed
   */
  source_retargeting_group_id?: number
  /**
   * Lookalike request seed name (retargeting group name)
   */
  source_name?: string
  /**
   * Lookalike request seed audience size
   */
  audience_count?: number
  save_audience_levels?: AdsLookalikeRequestSaveAudienceLevel[]
}
/**
 * Schema: `ads/objects.json#/definitions/ads_lookalike_request_save_audience_level`
 */
export interface AdsLookalikeRequestSaveAudienceLevel {
  /**
   * Save audience level id, which is used in save audience queries
   */
  level?: number
  /**
   * Saved audience audience size for according level
   */
  audience_count?: number
}
/**
 * Schema: `ads/objects.json#/definitions/ads_mobile_stat_item`
 */
export interface AdsMobileStatItem {
  key?: string
  value?: number
}
/**
 * Schema: `ads/objects.json#/definitions/ads_musician`
 */
export interface AdsMusician {
  /**
   * Targeting music artist ID
   */
  id: number
  /**
   * Music artist ID as in VKMusic
   */
  original_id: string
  /**
   * Music artist name
   */
  name: string
  /**
   * Music artist photo
   */
  avatar?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_ord_data`
 */
export interface AdsOrdData {
  client_type: AdsOrdClientType
  client_name: string
  inn?: string
  phone: string
  agency_phone?: string
  subagent?: AdsOrdSubagent
  contract_number: string
  contract_date: string
  contract_type: string
  contract_object: string
  with_vat: boolean
}
/**
 * Schema: `ads/objects.json#/definitions/ads_ord_subagent`
 */
export interface AdsOrdSubagent {
  type: AdsOrdClientType
  name: string
  inn?: string
  phone: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_post`
 */
export interface AdsPost {
  /**
   * Post id
   */
  id?: number
  /**
   * From id
   */
  from_id?: number
  /**
   * Owner id
   */
  owner_id?: number
  /**
   * Date
   */
  date?: number
  /**
   * Edited date
   */
  edited?: number
  /**
   * Is pinned
   */
  is_pinned?: number
  /**
   * Marked as ads
   */
  marked_as_ads?: number
  ads_easy_promote?: AdsPostEasyPromote
  donut?: AdsPostDonut
  comments?: AdsPostComments
  copyright?: WallPostCopyright
  /**
   * Short text rate
   */
  short_text_rate?: number
  /**
   * Type
   */
  type?: string
  /**
   * Is favorite
   */
  is_favorite?: boolean
  likes?: AdsPostLikes
  views?: AdsPostViews
  /**
   * Post type
   */
  post_type?: string
  reposts?: AdsPostReposts
  /**
   * Text
   */
  text?: string
  /**
   * Is promoted post stealth
   */
  is_promoted_post_stealth?: boolean
  /**
   * Hash
   */
  hash?: string
  owner?: AdsPostOwner
  attachments?: WallWallpostAttachment[]
  /**
   * Created by
   */
  created_by?: number
  /**
   * Carousel offset
   */
  carousel_offset?: number
  /**
   * Can edit
   */
  can_edit?: number
  /**
   * Can delete
   */
  can_delete?: number
  /**
   * Can pin
   */
  can_pin?: number
}
/**
 * Comments
 *
 * Schema: `ads/objects.json#/definitions/ads_post_comments`
 */
export interface AdsPostComments {
  /**
   * Count
   */
  count?: number
}
/**
 * Donut
 *
 * Schema: `ads/objects.json#/definitions/ads_post_donut`
 */
export interface AdsPostDonut {
  /**
   * Is donut
   */
  is_donut?: boolean
}
/**
 * Ads easy promote
 *
 * Schema: `ads/objects.json#/definitions/ads_post_easy_promote`
 */
export interface AdsPostEasyPromote {
  /**
   * Type
   */
  type?: number
  /**
   * Text
   */
  text?: string
  /**
   * Label text
   */
  label_text?: string
  /**
   * Button text
   */
  button_text?: string
  /**
   * Is ad not easy
   */
  is_ad_not_easy?: boolean
  /**
   * Ad id
   */
  ad_id?: number
  /**
   * Top union id
   */
  top_union_id?: number
}
/**
 * Likes
 *
 * Schema: `ads/objects.json#/definitions/ads_post_likes`
 */
export interface AdsPostLikes {
  /**
   * Can like
   */
  can_like?: number
  /**
   * Count
   */
  count?: number
  /**
   * User likes
   */
  user_likes?: number
}
/**
 * Owner
 *
 * Schema: `ads/objects.json#/definitions/ads_post_owner`
 */
export interface AdsPostOwner {
  /**
   * Owner id
   */
  id?: number
  /**
   * Name
   */
  name?: string
  /**
   * Photo url
   */
  photo?: string
  /**
   * Profile url
   */
  url?: string
}
/**
 * Reposts
 *
 * Schema: `ads/objects.json#/definitions/ads_post_reposts`
 */
export interface AdsPostReposts {
  /**
   * Count
   */
  count?: number
  /**
   * Wall count
   */
  wall_count?: number
  /**
   * Mail count
   */
  mail_count?: number
}
/**
 * Views
 *
 * Schema: `ads/objects.json#/definitions/ads_post_views`
 */
export interface AdsPostViews {
  /**
   * Count
   */
  count?: number
}
/**
 * Schema: `ads/objects.json#/definitions/ads_promoted_post_reach`
 */
export interface AdsPromotedPostReach {
  /**
   * Hides amount
   */
  hide: number
  /**
   * Object ID from 'ids' parameter
   */
  id: number
  /**
   * Community joins
   */
  join_group: number
  /**
   * Link clicks
   */
  links: number
  /**
   * Subscribers reach
   */
  reach_subscribers: number
  /**
   * Total reach
   */
  reach_total: number
  /**
   * Reports amount
   */
  report: number
  /**
   * Community clicks
   */
  to_group: number
  /**
   * 'Unsubscribe' events amount
   */
  unsubscribe: number
  /**
   * Video views for 100 percent
   */
  video_views_100p?: number
  /**
   * Video views for 25 percent
   */
  video_views_25p?: number
  /**
   * Video views for 3 seconds
   */
  video_views_3s?: number
  /**
   * Video views for 10 seconds
   */
  video_views_10s?: number
  /**
   * Video views for 50 percent
   */
  video_views_50p?: number
  /**
   * Video views for 75 percent
   */
  video_views_75p?: number
  /**
   * Video starts
   */
  video_views_start?: number
  /**
   * Pretty cards clicks
   */
  pretty_cards_clicks?: number
}
/**
 * Schema: `ads/objects.json#/definitions/ads_reject_reason`
 */
export interface AdsRejectReason {
  /**
   * Comment text
   */
  comment?: string
  rules?: AdsRules[]
}
/**
 * Schema: `ads/responses.json#/definitions/ads_removeTargetContacts_response`
 */
export interface AdsRemoveTargetContactsResponse {
  /**
   * Operation result
   */
  result: 1
}
/**
 * Schema: `ads/objects.json#/definitions/ads_rules`
 */
export interface AdsRules {
  /**
   * Help url
   */
  help_url?: string | boolean
  /**
   * Label
   */
  help_label?: string
  /**
   * Content Html
   */
  content_html?: string
  /**
   * Help chat
   */
  help_chat?: boolean
}
/**
 * Schema: `ads/responses.json#/definitions/ads_saveLookalikeRequestResult_response`
 */
export interface AdsSaveLookalikeRequestResultResponse {
  /**
   * Retargeting group ID
   */
  retargeting_group_id: number
  /**
   * Audience count
   */
  audience_count: number
}
/**
 * Schema: `ads/responses.json#/definitions/ads_shareTargetGroup_response`
 */
export interface AdsShareTargetGroupResponse {
  /**
   * Group ID
   */
  id: number
}
/**
 * Schema: `ads/objects.json#/definitions/ads_statistic_click_action`
 */
export interface AdsStatisticClickAction {
  type?: "load" | "impression" | "click_deeplink" | "click" | "click_post_owner" | "click_post_link" | "click_pretty_card" | "like_post" | "share_post" | "video_start" | "video_pause" | "video_resume" | "video_play_3s" | "video_play_10s" | "video_play_25" | "video_play_50" | "video_play_75" | "video_play_95" | "video_play_100" | "video_volume_on" | "video_volume_off" | "video_fullscreen_on" | "video_fullscreen_off" | "hide"
  url?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_stats`
 */
export interface AdsStats {
  /**
   * Object ID
   */
  id?: number
  stats?: AdsStatsFormat[]
  type?: AdsObjectType
  views_times?: AdsStatsViewsTimes
}
/**
 * Schema: `ads/objects.json#/definitions/ads_stats_age`
 */
export interface AdsStatsAge extends AdsDemographicStatsPeriodItemBase {
  /**
   * Age interval
   */
  value?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_stats_cities`
 */
export interface AdsStatsCities extends AdsDemographicStatsPeriodItemBase {
  /**
   * City name
   */
  name?: string
  /**
   * City ID
   */
  value?: number | string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_stats_format`
 */
export interface AdsStatsFormat {
  /**
   * Clicks number
   */
  clicks?: number
  /**
   * External clicks number
   */
  link_external_clicks?: number
  /**
   * Day as YYYY-MM-DD
   */
  day?: string
  /**
   * Impressions number
   */
  impressions?: number
  /**
   * Events number
   */
  join_rate?: number
  /**
   * Month as YYYY-MM
   */
  month?: string
  /**
   * Year as YYYY
   */
  year?: number
  /**
   * 1 if period=overall
   */
  overall?: number
  /**
   * Reach
   */
  reach?: number
  /**
   * Spent funds
   */
  spent?: string
  /**
   * Video plays unique started count
   */
  video_plays_unique_started?: number
  /**
   * Video plays unique 3 seconds count
   */
  video_plays_unique_3_seconds?: number
  /**
   * Video plays unique 10 seconds count
   */
  video_plays_unique_10_seconds?: number
  /**
   * Video plays unique 25 percents count
   */
  video_plays_unique_25_percents?: number
  /**
   * Video plays unique 50 percents count
   */
  video_plays_unique_50_percents?: number
  /**
   * Video plays unique 75 percents count
   */
  video_plays_unique_75_percents?: number
  /**
   * Video plays unique 100 percents count
   */
  video_plays_unique_100_percents?: number
  /**
   * Effective cost per click
   */
  effective_cost_per_click?: string
  /**
   * Effective cost per mille
   */
  effective_cost_per_mille?: string
  /**
   * Effective cpf
   */
  effective_cpf?: string
  /**
   * Effective cost per message
   */
  effective_cost_per_message?: string
  /**
   * Message sends count
   */
  message_sends?: number
  /**
   * Message sends by anu user
   */
  message_sends_by_any_user?: number
  /**
   * Conversions external
   */
  conversions_external?: number
  /**
   * Conversions count
   */
  conversion_count?: number
  /**
   * Conversions CR
   */
  conversion_cr?: string
  /**
   * Day from
   */
  day_from?: string
  /**
   * Day to
   */
  day_to?: string
  /**
   * Ctr
   */
  ctr?: string
  /**
   * Unique views count
   */
  uniq_views_count?: number
  /**
   * Mobile app stat
   */
  mobile_app_stat?: AdsMobileStatItem[]
}
/**
 * Schema: `ads/objects.json#/definitions/ads_stats_sex`
 */
export interface AdsStatsSex extends AdsDemographicStatsPeriodItemBase {
  value?: AdsStatsSexValue
}
/**
 * Schema: `ads/objects.json#/definitions/ads_stats_sex_age`
 */
export interface AdsStatsSexAge extends AdsDemographicStatsPeriodItemBase {
  /**
   * Sex and age interval
   */
  value?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_stats_views_times`
 */
export interface AdsStatsViewsTimes {
  views_ads_times_1?: number
  views_ads_times_2?: number
  views_ads_times_3?: number
  views_ads_times_4?: number
  views_ads_times_5?: string
  views_ads_times_6?: number
  views_ads_times_7?: number
  views_ads_times_8?: number
  views_ads_times_9?: number
  views_ads_times_10?: number
  views_ads_times_11_plus?: number
}
/**
 * Schema: `ads/objects.json#/definitions/ads_stories`
 */
export interface AdsStories {
  stories?: AdsStoryItem[]
  owner?: AdsStoriesOwner
  /**
   * Stories disclaimers text
   */
  stories_disclaimers_text?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_stories_owner`
 */
export interface AdsStoriesOwner {
  /**
   * Owner id
   */
  id?: number | boolean
  /**
   * Href
   */
  href?: string
  /**
   * Name
   */
  name?: string
  /**
   * Photo
   */
  photo?: string
  /**
   * Verify
   */
  verify?: string
  /**
   * Gender
   */
  gender?: string
  /**
   * Name get
   */
  name_get?: string
  /**
   * First name
   */
  firstName?: string
  /**
   * First name gen
   */
  first_name_gen?: string
  /**
   * First name ins
   */
  first_name_ins?: string
  /**
   * Can follow
   */
  can_follow?: boolean
}
/**
 * Schema: `ads/objects.json#/definitions/ads_story_item`
 */
export interface AdsStoryItem {
  /**
   * Story id
   */
  id?: number
  /**
   * Owner id
   */
  owner_id?: number
  /**
   * Story raw id
   */
  raw_id?: string
  /**
   * Date
   */
  date?: string
  /**
   * Time
   */
  time?: number
  /**
   * Type
   */
  type?: string
  /**
   * Is unread
   */
  unread?: boolean
  /**
   * Can like
   */
  canLike?: boolean
  /**
   * Can comment
   */
  can_comment?: boolean
  /**
   * Can share
   */
  can_share?: boolean
  /**
   * Can remove
   */
  can_remove?: boolean
  /**
   * Can manage
   */
  can_manage?: boolean
  /**
   * Can ask
   */
  can_ask?: boolean
  /**
   * Can ask anonymous
   */
  can_ask_anonymous?: boolean
  /**
   * Is profile question
   */
  isProfileQuestion?: boolean
  stats?: AdsStoryItemStats
  link?: AdsStoryItemLink
  /**
   * Photo url
   */
  photo_url?: string
  /**
   * Preview url
   */
  preview_url?: string
  /**
   * Track code
   */
  track_code?: string
  /**
   * Is part of narrative
   */
  isPartOfNarrative?: boolean
  /**
   * Is ads
   */
  isAds?: boolean
  /**
   * Video url
   */
  video_url?: string
  /**
   * First frame
   */
  first_frame?: string
  /**
   * Small preview
   */
  small_preview?: string
  /**
   * Is liked
   */
  isLiked?: boolean
}
/**
 * Schema: `ads/objects.json#/definitions/ads_story_item_link`
 */
export interface AdsStoryItemLink {
  /**
   * Key
   */
  key?: string
  /**
   * Text
   */
  text?: string
  /**
   * Url
   */
  url?: string
  /**
   * Raw url
   */
  raw_url?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_story_item_stats`
 */
export interface AdsStoryItemStats {
  follow?: AdsStoryItemStatsFollow
  url_view?: AdsStoryItemStatsUrlView
}
/**
 * Follow event stats
 *
 * Schema: `ads/objects.json#/definitions/ads_story_item_stats_follow`
 */
export interface AdsStoryItemStatsFollow {
  /**
   * Event type
   */
  event_type?: string
  /**
   * Event hash
   */
  rhash?: string
}
/**
 * Url view event stats
 *
 * Schema: `ads/objects.json#/definitions/ads_story_item_stats_url_view`
 */
export interface AdsStoryItemStatsUrlView {
  /**
   * Event type
   */
  event_type?: string
  /**
   * Event hash
   */
  rhash?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_targ_settings`
 */
export interface AdsTargSettings extends AdsCriteria {
  /**
   * Ad ID
   */
  id?: string
  /**
   * Campaign ID
   */
  campaign_id?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_targ_stats`
 */
export interface AdsTargStats {
  /**
   * Audience
   */
  audience_count: number
  /**
   * Recommended CPC value for 50% reach (old format)
   */
  recommended_cpc?: string
  /**
   * Recommended CPM value for 50% reach (old format)
   */
  recommended_cpm?: string
  /**
   * Recommended CPC value for 50% reach
   */
  recommended_cpc_50?: string
  /**
   * Recommended CPM value for 50% reach
   */
  recommended_cpm_50?: string
  /**
   * Recommended CPC value for 70% reach
   */
  recommended_cpc_70?: string
  /**
   * Recommended CPM value for 70% reach
   */
  recommended_cpm_70?: string
  /**
   * Recommended CPC value for 90% reach
   */
  recommended_cpc_90?: string
  /**
   * Recommended CPM value for 90% reach
   */
  recommended_cpm_90?: string
  /**
   * Total alive audience
   */
  total_alive_audience?: number
}
/**
 * Schema: `ads/objects.json#/definitions/ads_targ_suggestions`
 */
export interface AdsTargSuggestions {
  /**
   * Object ID
   */
  id?: number
  /**
   * Object name
   */
  name?: string
  /**
   * Object type
   */
  type?: string
  /**
   * Parent
   */
  parent?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_targ_suggestions_cities`
 */
export interface AdsTargSuggestionsCities {
  /**
   * Object ID
   */
  id?: number
  /**
   * Object name
   */
  name?: string
  /**
   * Parent object
   */
  parent?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_targ_suggestions_regions`
 */
export interface AdsTargSuggestionsRegions {
  /**
   * Object ID
   */
  id?: number
  /**
   * Object name
   */
  name?: string
  /**
   * Object type
   */
  type?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_targ_suggestions_schools`
 */
export interface AdsTargSuggestionsSchools {
  /**
   * Full school title
   */
  desc?: string
  /**
   * School ID
   */
  id?: number
  /**
   * School title
   */
  name?: string
  /**
   * City name
   */
  parent?: string
  type?: AdsTargSuggestionsSchoolsType
}
/**
 * Schema: `ads/objects.json#/definitions/ads_target_group`
 */
export interface AdsTargetGroup {
  /**
   * Group ID
   */
  id?: number
  /**
   * Group name
   */
  name?: string
  /**
   * Is audience
   */
  is_audience?: boolean
  /**
   * Is shared
   */
  is_shared?: boolean
  /**
   * File source
   */
  file_source?: boolean
  /**
   * API source
   */
  api_source?: boolean
  /**
   * File source
   */
  lookalike_source?: boolean
  /**
   * Audience
   */
  audience_count?: number
  /**
   * Site domain
   */
  domain?: string
  /**
   * Number of days for user to be in group
   */
  lifetime?: number
  /**
   * Pixel code
   */
  pixel?: string
  /**
   * Target Pixel id
   */
  target_pixel_id?: number
  /**
   * Target Pixel rules
   */
  target_pixel_rules?: AdsTargetGroupTargetPixelRule[]
  /**
   * Last updated
   */
  last_updated?: number
}
/**
 * Schema: `ads/objects.json#/definitions/ads_target_group_target_pixel_rule`
 */
export interface AdsTargetGroupTargetPixelRule {
  url_full_match?: string
  event_full_match?: string
  url_substrings_match?: string[]
  event_substrings_match?: string[]
  url_regex_match?: string
  event_regex_match?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_target_pixel_info`
 */
export interface AdsTargetPixelInfo {
  target_pixel_id: number
  name: string
  domain: string
  category_id: number
  last_updated: number
  pixel: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_updateOfficeUsers_result`
 */
export interface AdsUpdateOfficeUsersResult {
  user_id: number
  is_success: boolean
  error?: BaseError
}
/**
 * Schema: `ads/objects.json#/definitions/ads_update_ads_status`
 */
export interface AdsUpdateAdsStatus {
  /**
   * Ad ID
   */
  id: number
  /**
   * Error code
   */
  error_code?: number
  /**
   * Error description
   */
  error_desc?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_update_clients_status`
 */
export interface AdsUpdateClientsStatus {
  /**
   * Client ID
   */
  id: number
  /**
   * Error code
   */
  error_code?: number
  /**
   * Error description
   */
  error_desc?: string
}
/**
 * Schema: `ads/objects.json#/definitions/ads_user_specification`
 */
export interface AdsUserSpecification {
  user_id: number
  role: AdsAccessRolePublic
  grant_access_to_all_clients?: boolean
  client_ids?: number[]
  view_budget?: boolean
}
/**
 * Schema: `ads/objects.json#/definitions/ads_user_specification_cutted`
 */
export interface AdsUserSpecificationCutted {
  user_id: number
  role: AdsAccessRolePublic
  client_id?: number
  view_budget?: boolean
}
/**
 * Schema: `ads/objects.json#/definitions/ads_users`
 */
export interface AdsUsers {
  accesses: AdsAccesses[]
  /**
   * User ID
   */
  user_id: number
}
/**
 * Schema: `appWidgets/responses.json#/definitions/appWidgets_getAppImageUploadServer_response`
 */
export interface AppWidgetsGetAppImageUploadServerResponse {
  /**
   * To upload an image, generate POST-request to upload_url with a file in photo field. Then call appWidgets.saveAppImage method
   */
  upload_url?: string
}
/**
 * Schema: `appWidgets/responses.json#/definitions/appWidgets_getGroupImageUploadServer_response`
 */
export interface AppWidgetsGetGroupImageUploadServerResponse {
  /**
   * To upload an image, generate POST-request to upload_url with a file in photo field. Then call appWidgets.saveAppImage method
   */
  upload_url?: string
}
/**
 * Schema: `appWidgets/objects.json#/definitions/appWidgets_photo`
 */
export interface AppWidgetsPhoto {
  /**
   * Image ID
   */
  id: string
  images: BaseImage[]
}
/**
 * Schema: `appWidgets/objects.json#/definitions/appWidgets_photos`
 */
export interface AppWidgetsPhotos {
  count?: number
  items?: AppWidgetsPhoto[]
}
/**
 * Schema: `apps/responses.json#/definitions/apps_addSnippet_response`
 */
export interface AppsAddSnippetResponse {
  snippet_id: number
}
/**
 * Schema: `apps/objects.json#/definitions/apps_app`
 */
export interface AppsApp extends AppsAppMin {
  /**
   * Application author's URL
   */
  author_url?: string
  /**
   * URL of the app banner with 1120 px in width
   */
  banner_1120?: string
  /**
   * URL of the app banner with 560 px in width
   */
  banner_560?: string
  /**
   * URL of the app icon with 16 px in width
   */
  icon_16?: string
  /**
   * Is new flag
   */
  is_new?: BaseBoolInt
  /**
   * Is push enabled
   */
  push_enabled?: BaseBoolInt
  friends?: number[]
  /**
   * Catalog position
   */
  catalog_position?: number
  /**
   * Application description
   */
  description?: string
  /**
   * Genre name
   */
  genre?: string
  /**
   * Genre ID
   */
  genre_id?: number
  /**
   * Information whether the application is multilanguage
   */
  international?: boolean
  /**
   * Information whether application is in mobile catalog
   */
  is_in_catalog?: number
  leaderboard_type?: AppsAppLeaderboardType
  /**
   * Members number
   */
  members_count?: number
  /**
   * Application ID in store
   */
  platform_id?: string
  /**
   * Date when the application has been published in Unixtime
   */
  published_date?: number
  /**
   * Screen name
   */
  screen_name?: string
  /**
   * Application section name
   */
  section?: string
}
/**
 * Schema: `apps/objects.json#/definitions/apps_app_min`
 */
export interface AppsAppMin {
  type: AppsAppType
  /**
   * Application ID
   */
  id: number
  /**
   * Application title
   */
  title: string
  /**
   * Application author's ID
   */
  author_owner_id?: number
  /**
   * Is application installed
   */
  is_installed?: boolean
  /**
   * URL of the app icon with 139 px in width
   */
  icon_139?: string
  /**
   * URL of the app icon with 150 px in width
   */
  icon_150?: string
  /**
   * URL of the app icon with 278 px in width
   */
  icon_278?: string
  /**
   * URL of the app icon with 576 px in width
   */
  icon_576?: string
  /**
   * Hex color code without hash sign
   */
  background_loader_color?: string
  /**
   * SVG data
   */
  loader_icon?: string
  /**
   * URL of the app icon with 75 px in width
   */
  icon_75?: string
  /**
   * Screen orientation
   */
  screen_orientation?: number
}
/**
 * Schema: `apps/objects.json#/definitions/apps_catalog_list`
 */
export interface AppsCatalogList {
  /**
   * Total number
   */
  count: number
  items: AppsApp[]
  profiles?: UsersUserMin[]
}
/**
 * Schema: `apps/responses.json#/definitions/apps_created_group_response`
 */
export interface AppsCreatedGroupResponse {
  group_id: number
}
/**
 * Schema: `apps/objects.json#/definitions/apps_custom_snippet`
 */
export interface AppsCustomSnippet {
  vk_ref?: ("snippet_im" | "snippet_post")[]
  group_id?: number[]
  hash?: string[]
  snippet_id?: number
  title?: string
  description?: string
  expired_at?: number
  image_url?: string
  small_image_url?: string
  button?: "buy" | "buy_ticket" | "contact" | "create" | "enroll" | "fill" | "go" | "open" | "play"
}
/**
 * Schema: `apps/responses.json#/definitions/apps_getFriendsList_extended_response`
 */
export interface AppsGetFriendsListExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: UsersUserFull[]
}
/**
 * Schema: `apps/responses.json#/definitions/apps_getFriendsList_response`
 */
export interface AppsGetFriendsListResponse {
  /**
   * Total number
   */
  count: number
  items: number[]
}
/**
 * Schema: `apps/responses.json#/definitions/apps_getLeaderboard_extended_response`
 */
export interface AppsGetLeaderboardExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: AppsLeaderboard[]
  profiles?: UsersUser[]
}
/**
 * Schema: `apps/responses.json#/definitions/apps_getLeaderboard_response`
 */
export interface AppsGetLeaderboardResponse {
  /**
   * Total number
   */
  count: number
  items: AppsLeaderboard[]
}
/**
 * Schema: `apps/responses.json#/definitions/apps_getMiniAppPolicies_response`
 */
export interface AppsGetMiniAppPoliciesResponse {
  /**
   * URL of the app's privacy policy
   */
  privacy_policy?: string
  /**
   * URL of the app's terms
   */
  terms?: string
}
/**
 * Schema: `apps/responses.json#/definitions/apps_getScopes_response`
 */
export interface AppsGetScopesResponse {
  /**
   * Total number
   */
  count: number
  items: AppsScope[]
}
/**
 * Schema: `apps/responses.json#/definitions/apps_getSnippets_response`
 */
export interface AppsGetSnippetsResponse {
  items?: AppsCustomSnippet[]
}
/**
 * Schema: `apps/responses.json#/definitions/apps_get_response`
 */
export interface AppsGetResponse {
  /**
   * Total number of applications
   */
  count: number
  /**
   * List of applications
   */
  items: AppsApp[]
  /**
   * List of friends profiles, used only when return_friends=true
   */
  profiles?: UsersUserFull[]
  /**
   * List of groups, used only when extended=true
   */
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `apps/responses.json#/definitions/apps_image_upload_response`
 */
export interface AppsImageUploadResponse {
  /**
   * Uploading hash
   */
  hash?: string
  /**
   * Uploaded photo data
   */
  image?: string
}
/**
 * Schema: `apps/responses.json#/definitions/apps_isNotificationsAllowed_response`
 */
export interface AppsIsNotificationsAllowedResponse {
  /**
   * Whether notifications are allowed for current user from concrete app or not
   */
  is_allowed: boolean
}
/**
 * Schema: `apps/objects.json#/definitions/apps_leaderboard`
 */
export interface AppsLeaderboard {
  /**
   * Level
   */
  level?: number
  /**
   * Points number
   */
  points?: number
  /**
   * Score number
   */
  score?: number
  /**
   * User ID
   */
  user_id: number
}
/**
 * Scope description
 *
 * Schema: `apps/objects.json#/definitions/apps_scope`
 */
export interface AppsScope {
  /**
   * Scope name
   */
  name: "friends" | "photos" | "video" | "pages" | "status" | "notes" | "wall" | "docs" | "groups" | "stats" | "market" | "stories" | "app_widget" | "messages" | "manage" | "notify" | "audio" | "support" | "menu" | "wallmenu" | "ads" | "offline" | "notifications" | "email" | "adsweb" | "leads" | "group_messages" | "exchange" | "phone"
  /**
   * Scope title
   */
  title?: string
}
/**
 * Schema: `apps/objects.json#/definitions/apps_testing_group`
 */
export interface AppsTestingGroup {
  user_ids: number[]
  group_id: number
  name?: string
  webview?: string
  platforms?: ("mobile" | "web" | "mvk")[]
}
/**
 * Schema: `audio/objects.json#/definitions/audio_audio`
 */
export interface AudioAudio {
  /**
   * Access key for the audio
   */
  access_key?: string
  /**
   * Artist name
   */
  artist: string
  /**
   * Audio ID
   */
  id: number
  /**
   * Audio owner's ID
   */
  owner_id: number
  /**
   * Title
   */
  title: string
  /**
   * URL of mp3 file
   */
  url?: string
  /**
   * Duration in seconds
   */
  duration: number
  /**
   * Stream duration in seconds
   */
  stream_duration?: number
  /**
   * Date when uploaded
   */
  date?: number
  /**
   * Album ID
   */
  album_id?: number
  /**
   * Performer name
   */
  performer?: string
  /**
   * Примерный объем памяти занимаемый аудио на устройстве. Реализовано только для эпизодов подкастов
   */
  file_size?: number
}
/**
 * Schema: `auth/responses.json#/definitions/auth_restore_response`
 */
export interface AuthRestoreResponse {
  /**
   * 1 if success
   */
  success?: 1
  /**
   * Parameter needed to grant access by code
   */
  sid?: string
}
/**
 * Schema: `base/objects.json#/definitions/base_city`
 */
export interface BaseCity {
  /**
   * City ID
   */
  id: number
  /**
   * City title
   */
  title: string
}
/**
 * Schema: `base/objects.json#/definitions/base_comments_info`
 */
export interface BaseCommentsInfo {
  /**
   * Information whether current user can comment the post
   */
  can_post?: BaseBoolInt
  can_open?: BaseBoolInt
  can_close?: BaseBoolInt
  /**
   * Information whether current user can view the comments
   */
  can_view?: BaseBoolInt
  /**
   * Comments number
   */
  count?: number
  /**
   * Information whether groups can comment the post
   */
  groups_can_post?: boolean
  donut?: WallWallpostCommentsDonut
  list?: WallWallComment[]
}
/**
 * Schema: `base/objects.json#/definitions/base_country`
 */
export interface BaseCountry {
  /**
   * Country ID
   */
  id: number
  /**
   * Country title
   */
  title: string
}
/**
 * Schema: `base/objects.json#/definitions/base_crop_photo`
 */
export interface BaseCropPhoto {
  photo: PhotosPhoto
  crop: BaseCropPhotoCrop
  rect: BaseCropPhotoRect
}
/**
 * Schema: `base/objects.json#/definitions/base_crop_photo_crop`
 */
export interface BaseCropPhotoCrop {
  /**
   * Coordinate X of the left upper corner
   */
  x: number
  /**
   * Coordinate Y of the left upper corner
   */
  y: number
  /**
   * Coordinate X of the right lower corner
   */
  x2: number
  /**
   * Coordinate Y of the right lower corner
   */
  y2: number
}
/**
 * Schema: `base/objects.json#/definitions/base_crop_photo_rect`
 */
export interface BaseCropPhotoRect {
  /**
   * Coordinate X of the left upper corner
   */
  x: number
  /**
   * Coordinate Y of the left upper corner
   */
  y: number
  /**
   * Coordinate X of the right lower corner
   */
  x2: number
  /**
   * Coordinate Y of the right lower corner
   */
  y2: number
}
/**
 * Schema: `base/objects.json#/definitions/base_error`
 */
export interface BaseError {
  inner_type: "base_error"
  /**
   * Error code
   */
  error_code: number
  /**
   * Error subcode
   */
  error_subcode?: number
  /**
   * Error message
   */
  error_msg?: string
  /**
   * Localized error message
   */
  error_text?: string
  request_params?: BaseRequestParam[]
}
/**
 * Schema: `base/objects.json#/definitions/base_geo`
 */
export interface BaseGeo {
  coordinates?: BaseGeoCoordinates
  place?: BasePlace
  /**
   * Information whether a map is showed
   */
  showmap?: number
  /**
   * Place type
   */
  type?: string
}
/**
 * Schema: `base/objects.json#/definitions/base_geo_coordinates`
 */
export interface BaseGeoCoordinates {
  latitude: number
  longitude: number
}
/**
 * Schema: `base/objects.json#/definitions/base_gradient_point`
 */
export interface BaseGradientPoint {
  /**
   * Hex color code without #
   */
  color: string
  /**
   * Point position
   */
  position: number
}
/**
 * Schema: `base/objects.json#/definitions/base_image`
 */
export interface BaseImage {
  id?: string
  /**
   * Image url
   */
  url: string
  /**
   * Image width
   */
  width: number
  /**
   * Image height
   */
  height: number
  theme?: "light" | "dark"
}
/**
 * Schema: `base/objects.json#/definitions/base_likes`
 */
export interface BaseLikes {
  /**
   * Likes number
   */
  count?: number
  /**
   * Information whether current user likes the photo
   */
  user_likes?: BaseBoolInt
}
/**
 * Schema: `base/objects.json#/definitions/base_likes_info`
 */
export interface BaseLikesInfo {
  /**
   * Information whether current user can like the post
   */
  can_like: BaseBoolInt
  /**
   * Information whether current user can repost
   */
  can_publish?: BaseBoolInt
  /**
   * Whether user can like comment as author
   */
  can_like_as_author?: BaseBoolInt
  /**
   * Whether current owner of the group can like the reply
   */
  can_like_by_group?: BaseBoolInt
  /**
   * Likes number
   */
  count: number
  /**
   * Information whether current uer has liked the post
   */
  user_likes: BaseBoolInt
  /**
   * Information whether post author liked the reply
   */
  author_liked?: boolean
  /**
   * Information whether group liked the reply
   */
  group_liked?: boolean
  /**
   * Remove repost feature for post
   */
  repost_disabled?: boolean
}
/**
 * Schema: `base/objects.json#/definitions/base_link`
 */
export interface BaseLink extends BaseLinkNoProduct {
  text?: string
  product?: BaseLinkProduct
}
/**
 * Schema: `base/objects.json#/definitions/base_link_application`
 */
export interface BaseLinkApplication {
  /**
   * Application Id
   */
  app_id?: number
  store?: BaseLinkApplicationStore
}
/**
 * Schema: `base/objects.json#/definitions/base_link_application_store`
 */
export interface BaseLinkApplicationStore {
  /**
   * Store Id
   */
  id?: number
  /**
   * Store name
   */
  name?: string
}
/**
 * Schema: `base/objects.json#/definitions/base_link_button`
 */
export interface BaseLinkButton {
  /**
   * Button action
   */
  action?: BaseLinkButtonAction
  /**
   * Button title
   */
  title?: string
  /**
   * Target block id
   */
  block_id?: string
  /**
   * Target section id
   */
  section_id?: string
  /**
   * artist id
   */
  artist_id?: string
  /**
   * curator id
   */
  curator_id?: number
  /**
   * Video album id
   */
  album_id?: number
  /**
   * Owner id
   */
  owner_id?: number
  /**
   * Button icon name, e.g. 'phone' or 'gift'
   */
  icon?: string
  style?: BaseLinkButtonStyle
  audio_id?: number
  hashtag?: string
}
/**
 * Schema: `base/objects.json#/definitions/base_link_button_action`
 */
export interface BaseLinkButtonAction {
  type: BaseLinkButtonActionType
  /**
   * Action URL
   */
  url?: string
  consume_reason?: string
}
/**
 * Schema: `base/objects.json#/definitions/base_link_no_product`
 */
export interface BaseLinkNoProduct {
  application?: BaseLinkApplication
  button?: BaseLinkButton
  /**
   * Link caption
   */
  caption?: string
  /**
   * Link description
   */
  description?: string
  /**
   * Link ID
   */
  id?: string
  is_favorite?: boolean
  photo?: PhotosPhoto
  /**
   * String ID of the page with article preview
   */
  preview_page?: string
  /**
   * URL of the page with article preview
   */
  preview_url?: string
  rating?: BaseLinkRating
  /**
   * Link title
   */
  title?: string
  /**
   * Link URL
   */
  url: string
  target_object?: LinkTargetObject
  /**
   * Information whether the current link is external
   */
  is_external?: boolean
  /**
   * Video from link
   */
  video?: VideoVideoFull
}
/**
 * Schema: `base/objects.json#/definitions/base_link_product`
 */
export interface BaseLinkProduct {
  price: MarketPrice
  merchant?: string
  category?: BaseLinkProductCategory
  geo?: BaseGeoCoordinates
  distance?: number
  city?: string
  status?: BaseLinkProductStatus
  orders_count?: number
  type?: "product"
}
/**
 * Schema: `base/objects.json#/definitions/base_link_rating`
 */
export interface BaseLinkRating {
  /**
   * Count of reviews
   */
  reviews_count?: number
  /**
   * Count of stars
   */
  stars?: number
  type?: "rating"
}
/**
 * Schema: `base/objects.json#/definitions/base_message_error`
 */
export interface BaseMessageError {
  /**
   * Error code
   */
  code?: number
  /**
   * Error message
   */
  description?: string
}
/**
 * Schema: `base/objects.json#/definitions/base_object`
 */
export interface BaseObject {
  /**
   * Object ID
   */
  id: number
  /**
   * Object title
   */
  title: string
}
/**
 * Schema: `base/objects.json#/definitions/base_object_count`
 */
export interface BaseObjectCount {
  /**
   * Items count
   */
  count?: number
}
/**
 * Schema: `base/objects.json#/definitions/base_object_with_name`
 */
export interface BaseObjectWithName {
  /**
   * Object ID
   */
  id: number
  /**
   * Object name
   */
  name: string
}
/**
 * Schema: `base/objects.json#/definitions/base_owner_cover`
 */
export interface BaseOwnerCover {
  /**
   * Information whether cover is enabled
   */
  enabled: BaseBoolInt
  images?: BaseImage[]
  crop_params?: BaseOwnerCoverCropParams
  original_image?: BaseImage
  photo_id?: number
}
/**
 * Schema: `base/objects.json#/definitions/base_owner_cover_crop_params`
 */
export interface BaseOwnerCoverCropParams {
  x?: number
  y?: number
  width?: number
  height?: number
}
/**
 * Schema: `base/objects.json#/definitions/base_place`
 */
export interface BasePlace {
  /**
   * Place address
   */
  address?: string
  /**
   * Checkins number
   */
  checkins?: number
  /**
   * City name
   */
  city?: string
  /**
   * Date of the place creation in Unixtime
   */
  created?: number
  /**
   * URL of the place's icon
   */
  icon?: string
  /**
   * Place ID
   */
  id?: number
  /**
   * Place latitude
   */
  latitude?: number
  /**
   * Place longitude
   */
  longitude?: number
  /**
   * Place title
   */
  title?: string
  /**
   * Place type
   */
  type?: string
}
/**
 * Count of views
 *
 * Schema: `base/objects.json#/definitions/base_reposts_info`
 */
export interface BaseRepostsInfo {
  /**
   * Total reposts counter. Sum of wall and mail reposts counters
   */
  count: number
  /**
   * Wall reposts counter
   */
  wall_count?: number
  /**
   * Mail reposts counter
   */
  mail_count?: number
  /**
   * Information whether current user has reposted the post
   */
  user_reposted?: BaseBoolInt
}
/**
 * Schema: `base/objects.json#/definitions/base_request_param`
 */
export interface BaseRequestParam {
  /**
   * Parameter name
   */
  key: string
  /**
   * Parameter value
   */
  value: string
}
/**
 * Schema: `base/objects.json#/definitions/base_sticker_animation`
 */
export interface BaseStickerAnimation {
  /**
   * Type of animation script
   */
  type?: "light" | "dark"
  /**
   * URL of animation script
   */
  url?: string
}
/**
 * Schema: `base/objects.json#/definitions/base_sticker_new`
 */
export interface BaseStickerNew {
  inner_type: "base_sticker_new"
  /**
   * Sticker ID
   */
  sticker_id?: number
  /**
   * Pack ID
   */
  product_id?: number
  images?: BaseImage[]
  images_with_background?: BaseImage[]
  /**
   * URL of sticker animation script
   */
  animation_url?: string
  /**
   * Array of sticker animation script objects
   */
  animations?: BaseStickerAnimation[]
  /**
   * Information whether the sticker is allowed
   */
  is_allowed?: boolean
}
/**
 * Schema: `base/objects.json#/definitions/base_upload_server`
 */
export interface BaseUploadServer {
  /**
   * Upload URL
   */
  upload_url: string
}
/**
 * Schema: `base/objects.json#/definitions/base_user_id`
 */
export interface BaseUserId {
  /**
   * User ID
   */
  user_id?: number
}
/**
 * Schema: `board/responses.json#/definitions/board_getComments_extended_response`
 */
export interface BoardGetCommentsExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: BoardTopicComment[]
  poll?: PollsPoll
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
  /**
   * Offset of comment
   */
  real_offset?: number
}
/**
 * Schema: `board/responses.json#/definitions/board_getComments_response`
 */
export interface BoardGetCommentsResponse {
  /**
   * Total number
   */
  count: number
  items: BoardTopicComment[]
  poll?: PollsPoll
  /**
   * Offset of comment
   */
  real_offset?: number
}
/**
 * Schema: `board/responses.json#/definitions/board_getTopics_extended_response`
 */
export interface BoardGetTopicsExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: BoardTopic[]
  default_order: BoardDefaultOrder
  /**
   * Information whether current user can add topic
   */
  can_add_topics: BaseBoolInt
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
}
/**
 * Schema: `board/responses.json#/definitions/board_getTopics_response`
 */
export interface BoardGetTopicsResponse {
  /**
   * Total number
   */
  count: number
  items: BoardTopic[]
  default_order: BoardDefaultOrder
  /**
   * Information whether current user can add topic
   */
  can_add_topics: BaseBoolInt
}
/**
 * Schema: `board/objects.json#/definitions/board_topic`
 */
export interface BoardTopic {
  /**
   * Comments number
   */
  comments?: number
  /**
   * Date when the topic has been created in Unixtime
   */
  created?: number
  /**
   * Creator ID
   */
  created_by?: number
  /**
   * Topic ID
   */
  id?: number
  /**
   * Information whether the topic is closed
   */
  is_closed?: BaseBoolInt
  /**
   * Information whether the topic is fixed
   */
  is_fixed?: BaseBoolInt
  /**
   * Topic title
   */
  title?: string
  /**
   * Date when the topic has been updated in Unixtime
   */
  updated?: number
  /**
   * ID of user who updated the topic
   */
  updated_by?: number
  /**
   * First comment text
   */
  first_comment?: string
  /**
   * Last comment text
   */
  last_comment?: string
}
/**
 * Schema: `board/objects.json#/definitions/board_topic_comment`
 */
export interface BoardTopicComment {
  attachments?: WallCommentAttachment[]
  /**
   * Date when the comment has been added in Unixtime
   */
  date: number
  /**
   * Author ID
   */
  from_id: number
  /**
   * Comment ID
   */
  id: number
  /**
   * Real position of the comment
   */
  real_offset?: number
  /**
   * Comment text
   */
  text: string
  /**
   * Information whether current user can edit the comment
   */
  can_edit?: BaseBoolInt
  likes?: BaseLikesInfo
}
/**
 * Schema: `bugtracker/responses.json#/definitions/bugtracker_addCompanyGroupsMembers_response`
 */
export interface BugtrackerAddCompanyGroupsMembersResponse {
  errors: BugtrackerAddCompanyGroupsMembersError[]
}
/**
 * Schema: `bugtracker/responses.json#/definitions/bugtracker_addCompanyMembers_response`
 */
export interface BugtrackerAddCompanyMembersResponse {
  errors: string[]
}
/**
 * Schema: `bugtracker/objects.json#/definitions/bugtracker_add_company_groups_members_error`
 */
export interface BugtrackerAddCompanyGroupsMembersError {
  group_id: number
  user_id: number
}
/**
 * Schema: `bugtracker/objects.json#/definitions/bugtracker_attachment`
 */
export interface BugtrackerAttachment {
  doc?: DocsDoc
  photo?: PhotosPhoto
  type: "photo" | "doc"
}
/**
 * Schema: `bugtracker/objects.json#/definitions/bugtracker_bugreport`
 */
export interface BugtrackerBugreport {
  id: number
  original_id?: number
  clones_count?: number
  title: string
  owner_id: number
  created: number
  updated: number
  description?: string
  state_actual?: string
  state_supposed?: string
  phone?: string
  comments_count?: number
  can_remove?: boolean
  can_change_status?: boolean
  can_bookmark?: boolean
  is_bookmarked?: boolean
  can_edit?: boolean
  can_export_to_trackers?: boolean
  can_export_to_csv?: boolean
  can_add_moder_comment?: boolean
  can_add_hidden_comment?: boolean
  can_view_history?: boolean
  is_deleted?: boolean
  can_restore?: boolean
  is_vulnerability?: boolean
  is_severity_by_moderator?: boolean
  hidden_docs?: boolean
  is_confidential?: boolean
  private_comment?: string
  can_change_product?: boolean
  company_id: number
  tournament_score?: number
  moderator_user_id?: number
  moderated?: number
  screen_reader?: number
  status_auto_update_ts?: number
  status_auto_update_reason?: 1 | 2
  product_has_wishes?: boolean
}
/**
 * Schema: `bugtracker/objects.json#/definitions/bugtracker_bugreport_subscribe_state`
 */
export interface BugtrackerBugreportSubscribeState {
  can_set_subscribe: boolean
  is_subscribed?: boolean
  set_subscribe_hash?: string
}
/**
 * Schema: `bugtracker/objects.json#/definitions/bugtracker_comment`
 */
export interface BugtrackerComment {
  bugreport_id: number
  comment_id: number
  created: number
  text: string
  meta_text?: string
  from_id?: number
  author_name?: string
  author_photo?: string
  can_edit?: boolean
  can_remove?: boolean
  is_hidden?: boolean
  attachments?: BugtrackerAttachment[]
  is_unread?: boolean
  author?: BugtrackerCommentAuthor
  is_attachments_hidden?: boolean
}
/**
 * Schema: `bugtracker/objects.json#/definitions/bugtracker_comment_author`
 */
export interface BugtrackerCommentAuthor {
  author_id?: number
  name?: string
  photo?: string
  moder_name?: string
  moder_number?: number
  link?: string
}
/**
 * Schema: `bugtracker/objects.json#/definitions/bugtracker_company_member`
 */
export interface BugtrackerCompanyMember {
  user_id: number
  company_id: number
  role: number
  role_name: string
  ts: number
  groups_count: number
  products_count: number
  reporter_url: string
  groups?: number[]
  products?: BugtrackerCompanyMemberProduct[]
}
/**
 * Schema: `bugtracker/objects.json#/definitions/bugtracker_company_member_product`
 */
export interface BugtrackerCompanyMemberProduct {
  id: number
  title?: string
  photo_url?: string
  access: number
  status: number
  licence_status_text?: string
}
/**
 * Schema: `bugtracker/responses.json#/definitions/bugtracker_createComment_response`
 */
export interface BugtrackerCreateCommentResponse {
  comment: BugtrackerComment
  comment_flood?: boolean
  subscribe_state?: BugtrackerBugreportSubscribeState
}
/**
 * Schema: `bugtracker/responses.json#/definitions/bugtracker_getBugreportById_response`
 */
export interface BugtrackerGetBugreportByIdResponse {
  bugreport?: BugtrackerBugreport
  profiles?: UsersUserFull[]
}
/**
 * Schema: `bugtracker/responses.json#/definitions/bugtracker_getCompanyGroupMembers_response`
 */
export interface BugtrackerGetCompanyGroupMembersResponse {
  user_ids: number[]
  profiles?: UsersUserFull[]
}
/**
 * Schema: `bugtracker/responses.json#/definitions/bugtracker_getCompanyMembers_response`
 */
export interface BugtrackerGetCompanyMembersResponse {
  company_members: BugtrackerCompanyMember[]
  count: number
  profiles?: UsersUserFull[]
}
/**
 * Schema: `bugtracker/responses.json#/definitions/bugtracker_getDownloadVersionUrl_response`
 */
export interface BugtrackerGetDownloadVersionUrlResponse {
  url: string
  app_title?: string
  bundle_name?: string
  build_id?: number
  build_name?: string
  build_title?: string
}
/**
 * Schema: `callback/objects.json#/definitions/callback_app_payload`
 */
export interface CallbackAppPayload {
  user_id: number
  app_id: number
  payload: string
}
/**
 * Schema: `callback/objects.json#/definitions/callback_base`
 */
export interface CallbackBase {
  type: CallbackType
  group_id: number
  /**
   * Unique event id. If it passed twice or more - you should ignore it.
   */
  event_id: string
  /**
   * API object version
   */
  v: string
  secret?: string
}
/**
 * Schema: `callback/objects.json#/definitions/callback_board_post_delete`
 */
export interface CallbackBoardPostDelete {
  topic_owner_id: number
  topic_id: number
  id: number
  deleter_id?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_board_post_edit`
 */
export interface CallbackBoardPostEdit extends BoardTopicComment {
  /**
   * Topic ID
   */
  topic_id: number
  /**
   * ID of the topic owner (the community, so negative)
   */
  topic_owner_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_board_post_new`
 */
export interface CallbackBoardPostNew extends BoardTopicComment {
  /**
   * Topic ID
   */
  topic_id: number
  /**
   * ID of the topic owner (the community, so negative)
   */
  topic_owner_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_board_post_restore`
 */
export interface CallbackBoardPostRestore extends BoardTopicComment {
  /**
   * Topic ID
   */
  topic_id: number
  /**
   * ID of the topic owner (the community, so negative)
   */
  topic_owner_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_confirmation`
 */
export interface CallbackConfirmation extends CallbackBase {

}
/**
 * Schema: `callback/objects.json#/definitions/callback_donut_money_withdraw`
 */
export interface CallbackDonutMoneyWithdraw {
  amount: number
  amount_without_fee: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_donut_money_withdraw_error`
 */
export interface CallbackDonutMoneyWithdrawError {
  reason: string
}
/**
 * Schema: `callback/objects.json#/definitions/callback_donut_subscription_cancelled`
 */
export interface CallbackDonutSubscriptionCancelled {
  user_id?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_donut_subscription_create`
 */
export interface CallbackDonutSubscriptionCreate {
  user_id?: number
  amount: number
  amount_without_fee: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_donut_subscription_expired`
 */
export interface CallbackDonutSubscriptionExpired {
  user_id?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_donut_subscription_price_changed`
 */
export interface CallbackDonutSubscriptionPriceChanged {
  user_id?: number
  amount_old: number
  amount_new: number
  amount_diff?: number
  amount_diff_without_fee?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_donut_subscription_prolonged`
 */
export interface CallbackDonutSubscriptionProlonged {
  user_id?: number
  amount: number
  amount_without_fee: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_foreign_message`
 */
export interface CallbackForeignMessage extends Omit<MessagesForeignMessage, "fwd_messages" | "reply_message"> {
  fwd_messages?: CallbackForeignMessage[]
  reply_message?: CallbackForeignMessage
  is_cropped?: boolean
}
/**
 * Schema: `callback/objects.json#/definitions/callback_group_change_photo`
 */
export interface CallbackGroupChangePhoto {
  user_id: number
  photo: PhotosPhoto
}
/**
 * Schema: `callback/objects.json#/definitions/callback_group_change_settings`
 */
export interface CallbackGroupChangeSettings {
  user_id: number
  changes?: CallbackGroupSettingsChanges
}
/**
 * Schema: `callback/objects.json#/definitions/callback_group_join`
 */
export interface CallbackGroupJoin {
  user_id: number
  join_type: CallbackGroupJoinType
}
/**
 * Schema: `callback/objects.json#/definitions/callback_group_leave`
 */
export interface CallbackGroupLeave {
  user_id?: number
  self?: BaseBoolInt
}
/**
 * Schema: `callback/objects.json#/definitions/callback_group_officers_edit`
 */
export interface CallbackGroupOfficersEdit {
  admin_id: number
  user_id: number
  level_old: CallbackGroupOfficerRole
  level_new: CallbackGroupOfficerRole
}
/**
 * Schema: `callback/objects.json#/definitions/callback_group_settings_changes`
 */
export interface CallbackGroupSettingsChanges {
  title?: CallbackGroupSettingsChangesStringValues
  screen_name?: CallbackGroupSettingsChangesStringValues
  event_start_date?: CallbackGroupSettingsChangesIntegerValues
  event_finish_date?: CallbackGroupSettingsChangesIntegerValues
  event_group_id?: CallbackGroupSettingsChangesIntegerValues
  donations?: CallbackGroupSettingsChangesIntegerValues
  wall?: CallbackGroupSettingsChangesIntegerValues
  replies?: CallbackGroupSettingsChangesIntegerValues
  topics?: CallbackGroupSettingsChangesIntegerValues
  photos?: CallbackGroupSettingsChangesIntegerValues
  docs?: CallbackGroupSettingsChangesIntegerValues
  messages?: CallbackGroupSettingsChangesIntegerValues
  market?: CallbackGroupSettingsChangesIntegerValues
  market_wiki?: CallbackGroupSettingsChangesIntegerValues
  board?: CallbackGroupSettingsChangesIntegerValues
  links?: CallbackGroupSettingsChangesIntegerValues
  audio?: CallbackGroupSettingsChangesIntegerValues
  video?: CallbackGroupSettingsChangesIntegerValues
  can_post_topics?: CallbackGroupSettingsChangesIntegerValues
  can_post_albums?: CallbackGroupSettingsChangesIntegerValues
  can_post_video?: CallbackGroupSettingsChangesIntegerValues
  disable_market_comments?: CallbackGroupSettingsChangesIntegerValues
  status_default?: CallbackGroupSettingsChangesIntegerValues
  access?: CallbackGroupSettingsChangesIntegerValues
  email?: CallbackGroupSettingsChangesStringValues
  country_id?: CallbackGroupSettingsChangesIntegerValues
  city_id?: CallbackGroupSettingsChangesIntegerValues
  address?: CallbackGroupSettingsChangesStringValues
  description?: CallbackGroupSettingsChangesStringValues
  website?: CallbackGroupSettingsChangesStringValues
  phone?: CallbackGroupSettingsChangesStringValues
  age_limits?: CallbackGroupSettingsChangesIntegerValues
  category_v2?: CallbackGroupSettingsChangesIntegerValues
  public_category?: CallbackGroupSettingsChangesIntegerValues
  public_subcategory?: CallbackGroupSettingsChangesIntegerValues
}
/**
 * Schema: `callback/objects.json#/definitions/callback_group_settings_changes_integer_values`
 */
export interface CallbackGroupSettingsChangesIntegerValues {
  old_value?: number
  new_value?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_group_settings_changes_string_values`
 */
export interface CallbackGroupSettingsChangesStringValues {
  old_value?: string
  new_value?: string
}
/**
 * Schema: `callback/objects.json#/definitions/callback_info_for_bots`
 */
export interface CallbackInfoForBots {
  button_actions?: MessagesTemplateActionTypeNames[]
  /**
   * client has support keyboard
   */
  keyboard?: boolean
  /**
   * client has support inline keyboard
   */
  inline_keyboard?: boolean
  /**
   * client has support carousel
   */
  carousel?: boolean
  /**
   * client or user language id
   */
  lang_id?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_lead_forms_answer`
 */
export interface CallbackLeadFormsAnswer {
  /**
   * Question key
   */
  key?: string
  /**
   * Question text
   */
  question?: string
  /**
   * Answer text
   */
  answer?: string
}
/**
 * Schema: `callback/objects.json#/definitions/callback_lead_forms_new`
 */
export interface CallbackLeadFormsNew {
  /**
   * Lead ID, unique within the community
   */
  lead_id?: number
  /**
   * Community ID
   */
  group_id?: number
  /**
   * ID of the user who filled in the form
   */
  user_id?: number
  /**
   * Lead form ID
   */
  form_id?: number
  /**
   * Lead form name
   */
  form_name?: string
  /**
   * ID of the ad the lead came from (absent when not from an ad)
   */
  ad_id?: number
  answers?: CallbackLeadFormsAnswer[]
}
/**
 * Schema: `callback/objects.json#/definitions/callback_like_add_remove`
 */
export interface CallbackLikeAddRemove {
  liker_id: number
  object_type: "video" | "photo" | "post" | "comment" | "note" | "topic_comment" | "photo_comment" | "video_comment" | "market" | "market_comment"
  object_owner_id: number
  object_id: number
  post_id?: number
  thread_reply_id?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_market_comment`
 */
export interface CallbackMarketComment {
  id: number
  from_id: number
  date: number
  text?: string
  market_owner_id: number
  /**
   * Market item ID
   */
  item_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_market_comment_delete`
 */
export interface CallbackMarketCommentDelete {
  owner_id: number
  id: number
  user_id?: number
  item_id: number
  /**
   * ID of the user who deleted the comment
   */
  deleter_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_message`
 */
export interface CallbackMessage extends Omit<MessagesMessage, "fwd_messages" | "reply_message"> {
  fwd_messages?: CallbackFwdMessages
  reply_message?: CallbackForeignMessage
  influence_score?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_message_allow`
 */
export interface CallbackMessageAllow {
  user_id: number
  key: string
}
/**
 * Schema: `callback/objects.json#/definitions/callback_message_deny`
 */
export interface CallbackMessageDeny {
  user_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_message_event`
 */
export interface CallbackMessageEvent {
  user_id: number
  peer_id: number
  event_id: string
  /**
   * Payload of the pressed callback button, as a JSON object
   */
  payload: { [key: string]: unknown }
  conversation_message_id?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_message_object`
 */
export interface CallbackMessageObject {
  client_info?: CallbackInfoForBots
  message: CallbackMessage
}
/**
 * Schema: `callback/objects.json#/definitions/callback_message_reaction_event`
 */
export interface CallbackMessageReactionEvent {
  reacted_id: number
  peer_id: number
  cmid: number
  reaction_id?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_message_read`
 */
export interface CallbackMessageRead {
  from_id: number
  peer_id: number
  read_message_id: number
  conversation_message_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_message_typing_state`
 */
export interface CallbackMessageTypingState {
  from_id: number
  to_id: number
  /**
   * Typing status, e.g. 'typing'
   */
  state: string
}
/**
 * Schema: `callback/objects.json#/definitions/callback_photo_comment`
 */
export interface CallbackPhotoComment extends WallWallComment {
  photo_owner_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_photo_comment_delete`
 */
export interface CallbackPhotoCommentDelete {
  id: number
  owner_id: number
  user_id: number
  photo_id: number
  deleter_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_poll_vote_new`
 */
export interface CallbackPollVoteNew {
  owner_id: number
  poll_id: number
  option_id: number
  user_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_user_block`
 */
export interface CallbackUserBlock {
  admin_id: number
  user_id: number
  unblock_date: number
  reason: number
  comment?: string
}
/**
 * Schema: `callback/objects.json#/definitions/callback_user_unblock`
 */
export interface CallbackUserUnblock {
  admin_id: number
  user_id: number
  by_end_date: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_video_comment`
 */
export interface CallbackVideoComment extends WallWallComment {
  video_owner_id?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_video_comment_delete`
 */
export interface CallbackVideoCommentDelete {
  id: number
  owner_id: number
  deleter_id: number
  video_id: number
  /**
   * User ID
   */
  user_id?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_vkpay_transaction`
 */
export interface CallbackVkpayTransaction {
  amount: number
  from_id: number
  description: string
  date: number
  payload?: string
}
/**
 * Schema: `callback/objects.json#/definitions/callback_wall_comment_delete`
 */
export interface CallbackWallCommentDelete {
  owner_id: number
  id: number
  post_id: number
  /**
   * ID of the user who deleted the comment
   */
  deleter_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_wall_post_new`
 */
export interface CallbackWallPostNew extends WallWallpostFull {
  /**
   * ID of the scheduled post this post was published from
   */
  postponed_id?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_wall_reply_edit`
 */
export interface CallbackWallReplyEdit extends WallWallComment {
  /**
   * ID of the owner of the post the comment belongs to
   */
  post_owner_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_wall_reply_new`
 */
export interface CallbackWallReplyNew extends WallWallComment {
  /**
   * ID of the owner of the post the comment belongs to
   */
  post_owner_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_wall_reply_restore`
 */
export interface CallbackWallReplyRestore extends WallWallComment {
  /**
   * ID of the owner of the post the comment belongs to
   */
  post_owner_id: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_wall_repost`
 */
export interface CallbackWallRepost extends WallWallpostFull {
  /**
   * ID of the scheduled post this post was published from
   */
  postponed_id?: number
}
/**
 * Schema: `callback/objects.json#/definitions/callback_wall_schedule_post`
 */
export interface CallbackWallSchedulePost {
  /**
   * Scheduled post ID
   */
  id: number
  /**
   * Scheduled publication time in Unixtime
   */
  schedule_time: number
}
/**
 * Schema: `calls/objects.json#/definitions/calls_call`
 */
export interface CallsCall {
  /**
   * Call duration
   */
  duration?: number
  /**
   * Caller initiator
   */
  initiator_id: number
  /**
   * Caller receiver
   */
  receiver_id: number
  state: CallsEndState
  /**
   * Timestamp for call
   */
  time: number
  /**
   * Was this call initiated as video call
   */
  video?: boolean
  participants?: CallsParticipants
}
/**
 * Schema: `calls/objects.json#/definitions/calls_participants`
 */
export interface CallsParticipants {
  list?: number[]
  /**
   * Participants count
   */
  count?: number
}
/**
 * These credentials may be used to join a call without knowing a VK Join Link
 *
 * Schema: `calls/objects.json#/definitions/calls_short_credentials`
 */
export interface CallsShortCredentials {
  /**
   * Short numeric ID of a call
   */
  id: string
  /**
   * Password that can be used to join a call by short numeric ID
   */
  password: string
  /**
   * Link without a password
   */
  link_without_password: string
  /**
   * Link with a password
   */
  link_with_password: string
}
/**
 * Schema: `calls/responses.json#/definitions/calls_start_response`
 */
export interface CallsStartResponse {
  /**
   * Call id
   */
  call_id?: string
  /**
   * Join link
   */
  join_link: string
  /**
   * OK join link
   */
  ok_join_link: string
  /**
   * video id for link
   */
  broadcast_video_id?: string
  /**
   * video id for streaming
   */
  broadcast_ov_id?: string
  short_credentials?: CallsShortCredentials
}
/**
 * Schema: `comment/objects.json#/definitions/comment_thread`
 */
export interface CommentThread {
  /**
   * Comments number
   */
  count: number
  items?: WallWallComment[]
  /**
   * Information whether current user can comment the post
   */
  can_post?: boolean
  /**
   * Information whether recommended to display reply button
   */
  show_reply_button?: boolean
  /**
   * Information whether groups can comment the post
   */
  groups_can_post?: boolean
  /**
   * Information whether author commented the thread
   */
  author_replied?: boolean
}
/**
 * Schema: `database/objects.json#/definitions/database_city`
 */
export interface DatabaseCity extends BaseObject {
  /**
   * Area title
   */
  area?: string
  /**
   * Region title
   */
  region?: string
  /**
   * Information whether the city is included in important cities list
   */
  important?: BaseBoolInt
}
/**
 * Schema: `database/objects.json#/definitions/database_faculty`
 */
export interface DatabaseFaculty {
  /**
   * Faculty ID
   */
  id?: number
  /**
   * Faculty title
   */
  title?: string
}
/**
 * Schema: `database/responses.json#/definitions/database_getChairs_response`
 */
export interface DatabaseGetChairsResponse {
  /**
   * Total number
   */
  count: number
  items: BaseObject[]
}
/**
 * Schema: `database/responses.json#/definitions/database_getCities_response`
 */
export interface DatabaseGetCitiesResponse {
  /**
   * Total number
   */
  count: number
  items: DatabaseCity[]
}
/**
 * Schema: `database/responses.json#/definitions/database_getCountries_response`
 */
export interface DatabaseGetCountriesResponse {
  /**
   * Total number
   */
  count: number
  items: BaseCountry[]
}
/**
 * Schema: `database/responses.json#/definitions/database_getFaculties_response`
 */
export interface DatabaseGetFacultiesResponse {
  /**
   * Total number
   */
  count: number
  items: DatabaseFaculty[]
}
/**
 * Schema: `database/responses.json#/definitions/database_getMetroStations_response`
 */
export interface DatabaseGetMetroStationsResponse {
  /**
   * Total number
   */
  count: number
  items: DatabaseStation[]
}
/**
 * Schema: `database/responses.json#/definitions/database_getRegions_response`
 */
export interface DatabaseGetRegionsResponse {
  /**
   * Total number
   */
  count: number
  items: DatabaseRegion[]
}
/**
 * Schema: `database/responses.json#/definitions/database_getSchools_response`
 */
export interface DatabaseGetSchoolsResponse {
  /**
   * Total number
   */
  count: number
  items: DatabaseSchool[]
}
/**
 * Schema: `database/responses.json#/definitions/database_getUniversities_response`
 */
export interface DatabaseGetUniversitiesResponse {
  /**
   * Total number
   */
  count: number
  items: DatabaseUniversity[]
}
/**
 * Schema: `database/objects.json#/definitions/database_language_full`
 */
export interface DatabaseLanguageFull {
  /**
   * Language ID
   */
  id: number
  /**
   * Language native name
   */
  native_name: string
}
/**
 * Schema: `database/objects.json#/definitions/database_region`
 */
export interface DatabaseRegion {
  /**
   * Region ID
   */
  id?: number
  /**
   * Region title
   */
  title?: string
}
/**
 * Schema: `database/objects.json#/definitions/database_school`
 */
export interface DatabaseSchool {
  /**
   * School ID
   */
  id?: number
  /**
   * School title
   */
  title?: string
}
/**
 * Schema: `database/objects.json#/definitions/database_station`
 */
export interface DatabaseStation {
  /**
   * City ID
   */
  city_id?: number
  /**
   * Hex color code without #
   */
  color?: string
  /**
   * Station ID
   */
  id: number
  /**
   * Station name
   */
  name: string
}
/**
 * Schema: `database/objects.json#/definitions/database_university`
 */
export interface DatabaseUniversity {
  /**
   * University ID
   */
  id?: number
  /**
   * University title
   */
  title?: string
}
/**
 * Schema: `docs/objects.json#/definitions/docs_doc`
 */
export interface DocsDoc {
  /**
   * Document ID
   */
  id: number
  /**
   * Document owner ID
   */
  owner_id: number
  /**
   * Document title
   */
  title: string
  /**
   * File size in bites
   */
  size: number
  /**
   * File extension
   */
  ext: string
  /**
   * File URL
   */
  url?: string
  /**
   * Date when file has been uploaded in Unixtime
   */
  date: number
  /**
   * Document type
   */
  type: number
  preview?: DocsDocPreview
  is_licensed?: BaseBoolInt
  /**
   * Access key for the document
   */
  access_key?: string
  /**
   * Document tags
   */
  tags?: string[]
}
/**
 * Schema: `docs/objects.json#/definitions/docs_doc_preview`
 */
export interface DocsDocPreview {
  audio_msg?: DocsDocPreviewAudioMsg
  graffiti?: DocsDocPreviewGraffiti
  photo?: DocsDocPreviewPhoto
  video?: DocsDocPreviewVideo
}
/**
 * Schema: `docs/objects.json#/definitions/docs_doc_preview_audio_msg`
 */
export interface DocsDocPreviewAudioMsg {
  /**
   * Audio message duration in seconds
   */
  duration: number
  /**
   * MP3 file URL
   */
  link_mp3: string
  /**
   * OGG file URL
   */
  link_ogg: string
  waveform: number[]
}
/**
 * Schema: `docs/objects.json#/definitions/docs_doc_preview_graffiti`
 */
export interface DocsDocPreviewGraffiti {
  /**
   * Graffiti file URL
   */
  src: string
  /**
   * Graffiti width
   */
  width: number
  /**
   * Graffiti height
   */
  height: number
}
/**
 * Schema: `docs/objects.json#/definitions/docs_doc_preview_photo`
 */
export interface DocsDocPreviewPhoto {
  sizes?: DocsDocPreviewPhotoSizes[]
}
/**
 * Schema: `docs/objects.json#/definitions/docs_doc_preview_photo_sizes`
 */
export interface DocsDocPreviewPhotoSizes {
  /**
   * URL of the image
   */
  src: string
  /**
   * Width in px
   */
  width: number
  /**
   * Height in px
   */
  height: number
  type: PhotosPhotoSizesType
}
/**
 * Schema: `docs/objects.json#/definitions/docs_doc_preview_video`
 */
export interface DocsDocPreviewVideo {
  /**
   * Video URL
   */
  src: string
  /**
   * Video's width in pixels
   */
  width: number
  /**
   * Video's height in pixels
   */
  height: number
  /**
   * Video file size in bites
   */
  file_size: number
}
/**
 * Schema: `docs/objects.json#/definitions/docs_doc_types`
 */
export interface DocsDocTypes {
  /**
   * Doc type ID
   */
  id: number
  /**
   * Doc type title
   */
  name: string
  /**
   * Number of docs
   */
  count: number
}
/**
 * Schema: `docs/responses.json#/definitions/docs_doc_upload_response`
 */
export interface DocsDocUploadResponse {
  /**
   * Uploaded file data
   */
  file?: string
}
/**
 * Schema: `docs/responses.json#/definitions/docs_getTypes_response`
 */
export interface DocsGetTypesResponse {
  /**
   * Total number
   */
  count: number
  items: DocsDocTypes[]
}
/**
 * Schema: `docs/responses.json#/definitions/docs_get_response`
 */
export interface DocsGetResponse {
  /**
   * Total number
   */
  count: number
  items: DocsDoc[]
}
/**
 * Schema: `docs/responses.json#/definitions/docs_save_response`
 */
export interface DocsSaveResponse {
  type?: DocsDocAttachmentType
  audio_message?: MessagesAudioMessage
  doc?: DocsDoc
  graffiti?: MessagesGraffiti
}
/**
 * Schema: `docs/responses.json#/definitions/docs_search_response`
 */
export interface DocsSearchResponse {
  /**
   * Total number
   */
  count: number
  items: DocsDoc[]
}
/**
 * Info about user VK Donut subscription
 *
 * Schema: `donut/objects.json#/definitions/donut_donator_subscription_info`
 */
export interface DonutDonatorSubscriptionInfo {
  owner_id: number
  next_payment_date: number
  amount: number
  status: "active" | "expiring"
}
/**
 * Schema: `donut/responses.json#/definitions/donut_getSubscriptions_response`
 */
export interface DonutGetSubscriptionsResponse {
  subscriptions: DonutDonatorSubscriptionInfo[]
  count?: number
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `downloadedGames/responses.json#/definitions/downloadedGames_paid_status_response`
 */
export interface DownloadedGamesPaidStatusResponse {
  /**
   * Game has been paid
   */
  is_paid: boolean
}
/**
 * Schema: `events/objects.json#/definitions/events_event_attach`
 */
export interface EventsEventAttach {
  /**
   * address of event
   */
  address?: string
  /**
   * text of attach
   */
  button_text: string
  /**
   * array of friends ids
   */
  friends: number[]
  /**
   * event ID
   */
  id: number
  /**
   * is favorite
   */
  is_favorite: boolean
  /**
   * Current user's member status
   */
  member_status?: GroupsGroupFullMemberStatus
  /**
   * text of attach
   */
  text: string
  /**
   * event start time
   */
  time?: number
}
/**
 * Schema: `fave/objects.json#/definitions/fave_bookmark`
 */
export interface FaveBookmark {
  /**
   * Timestamp, when this item was bookmarked
   */
  added_date: number
  link?: BaseLink
  post?: WallWallpostFull
  product?: MarketMarketItemFull
  /**
   * Has user seen this item
   */
  seen: boolean
  tags: FaveTag[]
  /**
   * Item type
   */
  type: FaveBookmarkType
  video?: VideoVideoFull
}
/**
 * Schema: `fave/responses.json#/definitions/fave_getPages_response`
 */
export interface FaveGetPagesResponse {
  count: number
  items: FavePage[]
}
/**
 * Schema: `fave/responses.json#/definitions/fave_getTags_response`
 */
export interface FaveGetTagsResponse {
  count: number
  items: FaveTag[]
}
/**
 * Schema: `fave/responses.json#/definitions/fave_get_extended_response`
 */
export interface FaveGetExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: FaveBookmark[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroup[]
}
/**
 * Schema: `fave/responses.json#/definitions/fave_get_response`
 */
export interface FaveGetResponse {
  /**
   * Total number
   */
  count: number
  items: FaveBookmark[]
}
/**
 * Schema: `fave/objects.json#/definitions/fave_page`
 */
export interface FavePage {
  /**
   * Some info about user or group
   */
  description: string
  group?: GroupsGroupFull
  tags: FaveTag[]
  /**
   * Item type
   */
  type: FavePageType
  /**
   * Timestamp, when this page was bookmarked
   */
  updated_date?: number
  user?: UsersUserFull
}
/**
 * Schema: `fave/objects.json#/definitions/fave_tag`
 */
export interface FaveTag {
  /**
   * Tag id
   */
  id?: number
  /**
   * Tag name
   */
  name?: string
}
/**
 * Schema: `friends/responses.json#/definitions/friends_addList_response`
 */
export interface FriendsAddListResponse {
  /**
   * List ID
   */
  list_id: number
}
/**
 * Schema: `friends/responses.json#/definitions/friends_delete_response`
 */
export interface FriendsDeleteResponse {
  success: number
  /**
   * Returns 1 if friend has been deleted
   */
  friend_deleted?: 1
  /**
   * Returns 1 if out request has been canceled
   */
  out_request_deleted?: 1
  /**
   * Returns 1 if incoming request has been declined
   */
  in_request_deleted?: 1
  /**
   * Returns 1 if suggestion has been declined
   */
  suggestion_deleted?: 1
}
/**
 * Schema: `friends/objects.json#/definitions/friends_friend_extended_status`
 */
export interface FriendsFriendExtendedStatus extends FriendsFriendStatus {
  /**
   * Is friend request from other user unread
   */
  is_request_unread?: boolean
}
/**
 * Schema: `friends/objects.json#/definitions/friends_friend_status`
 */
export interface FriendsFriendStatus {
  friend_status: FriendsFriendStatusStatus
  /**
   * MD5 hash for the result validation
   */
  sign?: string
  /**
   * User ID
   */
  user_id: number
}
/**
 * Schema: `friends/objects.json#/definitions/friends_friends_list`
 */
export interface FriendsFriendsList {
  /**
   * List ID
   */
  id: number
  /**
   * List title
   */
  name: string
}
/**
 * Schema: `friends/responses.json#/definitions/friends_getLists_response`
 */
export interface FriendsGetListsResponse {
  /**
   * Total number of friends lists
   */
  count: number
  items: FriendsFriendsList[]
}
/**
 * Schema: `friends/responses.json#/definitions/friends_getOnline_online_mobile_response`
 */
export interface FriendsGetOnlineOnlineMobileResponse {
  online: number[]
  online_mobile: number[]
}
/**
 * Schema: `friends/responses.json#/definitions/friends_getRequests_extended_response`
 */
export interface FriendsGetRequestsExtendedResponse {
  /**
   * Total requests number
   */
  count: number
  items: FriendsRequestsXtrMessage[]
  /**
   * Total unread requests number
   */
  count_unread?: number
  /**
   * Friend requests last viewed timestamp
   */
  last_viewed?: number
}
/**
 * Schema: `friends/responses.json#/definitions/friends_getRequests_need_mutual_response`
 */
export interface FriendsGetRequestsNeedMutualResponse {
  /**
   * Total requests number
   */
  count: number
  items: FriendsRequestsXtrMutual[]
  /**
   * Total unread requests number
   */
  count_unread?: number
  /**
   * Friend requests last viewed timestamp
   */
  last_viewed?: number
}
/**
 * Schema: `friends/responses.json#/definitions/friends_getRequests_response`
 */
export interface FriendsGetRequestsResponse {
  /**
   * Total requests number
   */
  count: number
  items: number[]
  /**
   * Total unread requests number
   */
  count_unread?: number
  /**
   * Friend requests last viewed timestamp
   */
  last_viewed?: number
}
/**
 * Schema: `friends/responses.json#/definitions/friends_getSuggestions_response`
 */
export interface FriendsGetSuggestionsResponse {
  /**
   * Total results number
   */
  count: number
  items: UsersUserFull[]
}
/**
 * Schema: `friends/responses.json#/definitions/friends_get_fields_response`
 */
export interface FriendsGetFieldsResponse {
  /**
   * Total friends number
   */
  count: number
  items: UsersUserFull[]
  profiles?: UsersUserFull[]
}
/**
 * Schema: `friends/responses.json#/definitions/friends_get_response`
 */
export interface FriendsGetResponse {
  /**
   * Total friends number
   */
  count: number
  items: number[]
}
/**
 * Schema: `friends/objects.json#/definitions/friends_mutual_friend`
 */
export interface FriendsMutualFriend {
  /**
   * Total mutual friends number
   */
  common_count?: number
  common_friends?: number[]
  /**
   * User ID
   */
  id?: number
}
/**
 * Schema: `friends/objects.json#/definitions/friends_online_users`
 */
export interface FriendsOnlineUsers {
  online: number[]
  /**
   * Total online friends number
   */
  total_count?: number
}
/**
 * Schema: `friends/objects.json#/definitions/friends_online_users_with_mobile`
 */
export interface FriendsOnlineUsersWithMobile {
  online: number[]
  online_mobile: number[]
  /**
   * Total online friends number
   */
  total_count?: number
}
/**
 * Schema: `friends/objects.json#/definitions/friends_requests_mutual`
 */
export interface FriendsRequestsMutual {
  /**
   * Total mutual friends number
   */
  count?: number
  users?: number[]
}
/**
 * Schema: `friends/objects.json#/definitions/friends_requests_xtr_message`
 */
export interface FriendsRequestsXtrMessage extends FriendsRequestsXtrMutual {

}
/**
 * Schema: `friends/objects.json#/definitions/friends_requests_xtr_mutual`
 */
export interface FriendsRequestsXtrMutual extends Omit<UsersUserFull, "descriptions"> {
  descriptions?: string[]
  /**
   * User ID
   */
  user_id: number
  /**
   * ID of the user by whom friend has been suggested
   */
  from?: string
  track_code?: string
  /**
   * Message sent with a request
   */
  message?: string
  /**
   * Request timestamp
   */
  timestamp?: number
}
/**
 * Schema: `friends/responses.json#/definitions/friends_search_response`
 */
export interface FriendsSearchResponse {
  /**
   * Total number
   */
  count: number
  items: UsersUserFull[]
}
/**
 * Schema: `gifts/responses.json#/definitions/gifts_get_response`
 */
export interface GiftsGetResponse {
  /**
   * Total number
   */
  count: number
  items: GiftsGift[]
}
/**
 * Schema: `gifts/objects.json#/definitions/gifts_gift`
 */
export interface GiftsGift {
  /**
   * Date when gist has been sent in Unixtime
   */
  date?: number
  /**
   * Gift sender ID
   */
  from_id?: number
  gift?: GiftsLayout
  /**
   * Hash
   */
  gift_hash?: string
  /**
   * Gift ID
   */
  id?: number
  /**
   * Comment text
   */
  message?: string
  privacy?: GiftsGiftPrivacy
}
/**
 * Schema: `gifts/objects.json#/definitions/gifts_layout`
 */
export interface GiftsLayout {
  /**
   * Gift ID
   */
  id: number
  /**
   * URL of the preview image with 512 px in width
   */
  thumb_512?: string
  /**
   * URL of the preview image with 256 px in width
   */
  thumb_256?: string
  /**
   * URL of the preview image with 48 px in width
   */
  thumb_48?: string
  /**
   * URL of the preview image with 96 px in width
   */
  thumb_96?: string
  /**
   * ID of the sticker pack, if the gift is representing one
   */
  stickers_product_id?: number
  /**
   * Information whether gift represents a stickers style
   */
  is_stickers_style?: boolean
  /**
   * ID of the build of constructor gift
   */
  build_id?: string
  /**
   * Keywords used for search
   */
  keywords?: string
}
/**
 * Schema: `groups/responses.json#/definitions/groups_addCallbackServer_response`
 */
export interface GroupsAddCallbackServerResponse {
  server_id: number
}
/**
 * Schema: `groups/objects.json#/definitions/groups_address`
 */
export interface GroupsAddress {
  /**
   * Additional address to the place (6 floor, left door)
   */
  additional_address?: string
  /**
   * String address to the place (Nevsky, 28)
   */
  address?: string
  /**
   * City id of address
   */
  city_id?: number
  /**
   * City for address
   */
  city?: DatabaseCityById
  /**
   * Metro for address
   */
  metro_station?: DatabaseStation
  /**
   * Country for address
   */
  country?: BaseCountry
  /**
   * Distance from the point
   */
  distance?: number
  /**
   * Address id
   */
  id: number
  /**
   * Address latitude
   */
  latitude?: number
  /**
   * Address longitude
   */
  longitude?: number
  /**
   * Metro id of address
   */
  metro_station_id?: number
  /**
   * Address phone
   */
  phone?: string
  /**
   * Time offset int minutes from utc time
   */
  time_offset?: number
  /**
   * Week timetable for the address
   */
  timetable?: GroupsAddressTimetable
  /**
   * Title of the place (Zinger, etc)
   */
  title?: string
  /**
   * Status of information about timetable
   */
  work_info_status?: GroupsAddressWorkInfoStatus
  place_id?: number
}
/**
 * Timetable for a week
 *
 * Schema: `groups/objects.json#/definitions/groups_address_timetable`
 */
export interface GroupsAddressTimetable {
  /**
   * Timetable for friday
   */
  fri?: GroupsAddressTimetableDay
  /**
   * Timetable for monday
   */
  mon?: GroupsAddressTimetableDay
  /**
   * Timetable for saturday
   */
  sat?: GroupsAddressTimetableDay
  /**
   * Timetable for sunday
   */
  sun?: GroupsAddressTimetableDay
  /**
   * Timetable for thursday
   */
  thu?: GroupsAddressTimetableDay
  /**
   * Timetable for tuesday
   */
  tue?: GroupsAddressTimetableDay
  /**
   * Timetable for wednesday
   */
  wed?: GroupsAddressTimetableDay
}
/**
 * Timetable for one day
 *
 * Schema: `groups/objects.json#/definitions/groups_address_timetable_day`
 */
export interface GroupsAddressTimetableDay {
  /**
   * Close time of the break in minutes
   */
  break_close_time?: number
  /**
   * Start time of the break in minutes
   */
  break_open_time?: number
  /**
   * Close time in minutes
   */
  close_time: number
  /**
   * Open time in minutes
   */
  open_time: number
}
/**
 * Schema: `groups/objects.json#/definitions/groups_addresses_info`
 */
export interface GroupsAddressesInfo {
  /**
   * Information whether addresses is enabled
   */
  is_enabled: boolean
  /**
   * Main address id for group
   */
  main_address_id?: number
  /**
   * Main address
   */
  main_address?: GroupsAddress
  /**
   * Count of addresses
   */
  count?: number
}
/**
 * Schema: `groups/objects.json#/definitions/groups_ban_info`
 */
export interface GroupsBanInfo {
  /**
   * Administrator ID
   */
  admin_id?: number
  /**
   * Comment for a ban
   */
  comment?: string
  /**
   * Show comment for user
   */
  comment_visible?: boolean
  is_closed?: boolean
  /**
   * Date when user has been added to blacklist in Unixtime
   */
  date?: number
  /**
   * Date when user will be removed from blacklist in Unixtime
   */
  end_date?: number
  reason?: GroupsBanInfoReason
}
/**
 * Schema: `groups/objects.json#/definitions/groups_callback_server`
 */
export interface GroupsCallbackServer {
  id: number
  title: string
  creator_id: number
  url: string
  secret_key: string
  status: "unconfigured" | "failed" | "wait" | "ok"
}
/**
 * Schema: `groups/objects.json#/definitions/groups_callback_settings`
 */
export interface GroupsCallbackSettings {
  /**
   * API version used for the events
   */
  api_version?: string
  events?: GroupsLongPollEvents
}
/**
 * Schema: `groups/objects.json#/definitions/groups_contacts_item`
 */
export interface GroupsContactsItem {
  /**
   * User ID
   */
  user_id?: number
  /**
   * Contact description
   */
  desc?: string
  /**
   * Contact phone
   */
  phone?: string
  /**
   * Contact email
   */
  email?: string
}
/**
 * Schema: `groups/objects.json#/definitions/groups_counters_group`
 */
export interface GroupsCountersGroup {
  /**
   * Addresses number
   */
  addresses?: number
  /**
   * Photo albums number
   */
  albums?: number
  /**
   * Audios number
   */
  audios?: number
  /**
   * Audio playlists number
   */
  audio_playlists?: number
  /**
   * Docs number
   */
  docs?: number
  /**
   * Market items number
   */
  market?: number
  /**
   * Photos number
   */
  photos?: number
  /**
   * Topics number
   */
  topics?: number
  /**
   * Videos number
   */
  videos?: number
  /**
   * Playlists number
   */
  video_playlists?: number
  /**
   * Market services number
   */
  market_services?: number
  /**
   * Podcasts number
   */
  podcasts?: number
  /**
   * Articles number
   */
  articles?: number
  /**
   * Narratives number
   */
  narratives?: number
  /**
   * Clips number
   */
  clips?: number
  /**
   * Clips followers number
   */
  clips_followers?: number
  /**
   * Videos followers number
   */
  videos_followers?: number
  /**
   * Clips views number
   */
  clips_views?: number
  /**
   * Clips likes number
   */
  clips_likes?: number
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getAddresses_response`
 */
export interface GroupsGetAddressesResponse {
  /**
   * Total count of addresses
   */
  count: number
  items: GroupsAddress[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getBanned_response`
 */
export interface GroupsGetBannedResponse {
  /**
   * Total users number
   */
  count: number
  items: GroupsOwnerXtrBanInfo[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getById_object_response`
 */
export interface GroupsGetByIdObjectResponse {
  groups?: GroupsGroupFull[]
  profiles?: GroupsProfileItem[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getCallbackConfirmationCode_response`
 */
export interface GroupsGetCallbackConfirmationCodeResponse {
  /**
   * Confirmation code
   */
  code: string
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getCallbackServers_response`
 */
export interface GroupsGetCallbackServersResponse {
  count: number
  items: GroupsCallbackServer[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getCatalogInfo_extended_response`
 */
export interface GroupsGetCatalogInfoExtendedResponse {
  /**
   * Information whether catalog is enabled for current user
   */
  enabled: BaseBoolInt
  categories?: GroupsGroupCategoryFull[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getCatalogInfo_response`
 */
export interface GroupsGetCatalogInfoResponse {
  /**
   * Information whether catalog is enabled for current user
   */
  enabled: BaseBoolInt
  categories?: GroupsGroupCategory[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getInvitedUsers_response`
 */
export interface GroupsGetInvitedUsersResponse {
  /**
   * Total communities number
   */
  count: number
  items: UsersUserFull[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getInvites_extended_response`
 */
export interface GroupsGetInvitesExtendedResponse {
  /**
   * Total communities number
   */
  count: number
  items: GroupsGroupFull[]
  profiles: UsersUserMin[]
  groups: GroupsGroupFull[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getInvites_response`
 */
export interface GroupsGetInvitesResponse {
  /**
   * Total communities number
   */
  count: number
  items: GroupsGroupFull[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getMembers_fields_response`
 */
export interface GroupsGetMembersFieldsResponse {
  /**
   * Total members number
   */
  count: number
  items: GroupsUserXtrRole[]
  /**
   * Encoded string for a next page
   */
  next_from?: string
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getMembers_filter_response`
 */
export interface GroupsGetMembersFilterResponse {
  /**
   * Total members number
   */
  count: number
  items: GroupsMemberRole[]
  /**
   * Encoded string for a next page
   */
  next_from?: string
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getMembers_response`
 */
export interface GroupsGetMembersResponse {
  /**
   * Total members number
   */
  count: number
  items: number[]
  /**
   * Encoded string for a next page
   */
  next_from?: string
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getOnlineStatus_response`
 */
export interface GroupsGetOnlineStatusResponse {
  /**
   * Estimated time of answer (for status = answer_mark)
   */
  minutes?: number
  status: GroupsOnlineStatusType
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getRequests_fields_response`
 */
export interface GroupsGetRequestsFieldsResponse {
  /**
   * Total communities number
   */
  count: number
  items: UsersUserFull[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getRequests_response`
 */
export interface GroupsGetRequestsResponse {
  /**
   * Total communities number
   */
  count: number
  items: number[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getSettings_response`
 */
export interface GroupsGetSettingsResponse {
  /**
   * Community access settings
   */
  access?: GroupsGroupAccess
  /**
   * Community's page domain
   */
  address?: string
  /**
   * Audio settings
   */
  audio: GroupsGroupAudio
  /**
   * Articles settings
   */
  articles: number
  /**
   * Photo suggests setting
   */
  recognize_photo?: number
  /**
   * City id of group
   */
  city_id: number
  /**
   * City name of group
   */
  city_name: string
  contacts?: BaseBoolInt
  links?: BaseBoolInt
  sections_list?: GroupsSectionsListItem[]
  main_section?: GroupsGroupFullSection
  secondary_section?: GroupsGroupFullSection
  age_limits?: GroupsGroupAgeLimits
  /**
   * Community description
   */
  description: string
  /**
   * Docs settings
   */
  docs: GroupsGroupDocs
  events?: BaseBoolInt
  addresses?: boolean
  /**
   * By enabling bot abilities, you can send users messages with a customized keyboard attached as well as use other promotional abilities
   */
  bots_capabilities?: BaseBoolInt
  /**
   * If this setting is enabled, users will see a Start button when they start a chat with your community for the first time
   */
  bots_start_button?: BaseBoolInt
  /**
   * If this setting is enabled then users can add your community to a chat
   */
  bots_add_to_chat?: BaseBoolInt
  bot_online_booking_enabled?: BaseBoolInt
  /**
   * Information whether the obscene filter is enabled
   */
  obscene_filter: BaseBoolInt
  /**
   * Information whether the stop words filter is enabled
   */
  obscene_stopwords: BaseBoolInt
  /**
   * The list of stop words
   */
  obscene_words: string[]
  /**
   * Information whether the toxic filter is enabled
   */
  toxic_filter: BaseBoolInt
  /**
   * Information whether the replies from groups is disabled
   */
  disable_replies_from_groups: BaseBoolInt
  event_group_id?: number
  /**
   * Photos settings
   */
  photos: GroupsGroupPhotos
  /**
   * Information about the group category
   */
  public_category?: number
  public_category_list?: GroupsGroupPublicCategoryList[]
  public_date?: string
  public_date_label?: string
  /**
   * Information about the group subcategory
   */
  public_subcategory?: number
  /**
   * URL of the RSS feed
   */
  rss?: string
  /**
   * Start date
   */
  start_date?: number
  /**
   * Finish date in Unix-time format
   */
  finish_date?: number
  /**
   * Community subject ID
   */
  subject?: number
  subject_list?: GroupsSubjectItem[]
  suggested_privacy?: GroupsGroupSuggestedPrivacy
  /**
   * Community title
   */
  title: string
  /**
   * Topics settings
   */
  topics: GroupsGroupTopics
  twitter?: GroupsSettingsTwitter
  /**
   * Video settings
   */
  video: GroupsGroupVideo
  /**
   * Wall settings
   */
  wall: GroupsGroupWall
  /**
   * Community website
   */
  website?: string
  /**
   * Community phone
   */
  phone?: string
  /**
   * Community email
   */
  email?: string
  /**
   * Wiki settings
   */
  wiki: GroupsGroupWiki
}
/**
 * Schema: `groups/responses.json#/definitions/groups_getTokenPermissions_response`
 */
export interface GroupsGetTokenPermissionsResponse {
  mask: number
  permissions: GroupsTokenPermissionSetting[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_get_object_extended_response`
 */
export interface GroupsGetObjectExtendedResponse {
  /**
   * Total communities number
   */
  count: number
  items: GroupsGroupFull[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_get_response`
 */
export interface GroupsGetResponse {
  /**
   * Total communities number
   */
  count: number
  items: number[]
}
/**
 * Schema: `groups/objects.json#/definitions/groups_group`
 */
export interface GroupsGroup {
  /**
   * Community ID
   */
  id: number
  /**
   * Community name
   */
  name?: string
  /**
   * Domain of the community page
   */
  screen_name?: string
  is_closed?: GroupsGroupIsClosed
  type?: GroupsGroupType
  /**
   * Information whether current user is administrator
   */
  is_admin?: BaseBoolInt
  admin_level?: GroupsGroupAdminLevel
  /**
   * Information whether current user is member
   */
  is_member?: BaseBoolInt
  /**
   * Information whether current user is advertiser
   */
  is_advertiser?: BaseBoolInt
  /**
   * Start date in Unixtime format
   */
  start_date?: number
  /**
   * Finish date in Unixtime format
   */
  finish_date?: number
  /**
   * Information whether community is verified
   */
  verified?: BaseBoolInt
  /**
   * Information whether community is banned
   */
  deactivated?: string
  /**
   * URL of square photo of the community with 50 pixels in width
   */
  photo_50?: string
  /**
   * URL of square photo of the community with 100 pixels in width
   */
  photo_100?: string
  /**
   * URL of square photo of the community with 200 pixels in width
   */
  photo_200?: string
  /**
   * URL of square photo of the community with 200 pixels in width original
   */
  photo_200_orig?: string
  /**
   * URL of square photo of the community with 400 pixels in width
   */
  photo_400?: string
  /**
   * URL of square photo of the community with 400 pixels in width original
   */
  photo_400_orig?: string
  /**
   * URL of square photo of the community with max pixels in width
   */
  photo_max?: string
  /**
   * URL of square photo of the community with max pixels in width original
   */
  photo_max_orig?: string
  /**
   * Established date
   */
  est_date?: string
  /**
   * Public date label
   */
  public_date_label?: string
  photo_max_size?: GroupsPhotoSize
  is_video_live_notifications_blocked?: BaseBoolInt
  video_live?: VideoLiveInfo
}
/**
 * Schema: `groups/objects.json#/definitions/groups_group_attach`
 */
export interface GroupsGroupAttach {
  /**
   * group ID
   */
  id: number
  /**
   * text of attach
   */
  text: string
  /**
   * activity or category of group
   */
  status: string
  /**
   * size of group
   */
  size: number
  /**
   * is favorite
   */
  is_favorite: boolean
}
/**
 * Schema: `groups/objects.json#/definitions/groups_group_ban_info`
 */
export interface GroupsGroupBanInfo {
  /**
   * Ban comment
   */
  comment?: string
  /**
   * End date of ban in Unixtime
   */
  end_date?: number
  reason?: GroupsBanInfoReason
}
/**
 * Schema: `groups/objects.json#/definitions/groups_group_category`
 */
export interface GroupsGroupCategory {
  /**
   * Category ID
   */
  id: number
  /**
   * Category name
   */
  name: string
  subcategories?: GroupsGroupSubcategory[]
}
/**
 * Schema: `groups/objects.json#/definitions/groups_group_category_full`
 */
export interface GroupsGroupCategoryFull {
  /**
   * Category ID
   */
  id: number
  /**
   * Category name
   */
  name: string
  /**
   * Pages number
   */
  page_count: number
  page_previews: GroupsGroup[]
  subcategories?: GroupsGroupCategory[]
}
/**
 * Schema: `groups/objects.json#/definitions/groups_group_category_type`
 */
export interface GroupsGroupCategoryType {
  id: number
  name: string
}
/**
 * Schema: `groups/objects.json#/definitions/groups_group_full`
 */
export interface GroupsGroupFull extends GroupsGroup, GroupsMarketProperties {
  /**
   * Current user's member status
   */
  member_status?: GroupsGroupFullMemberStatus
  /**
   * Information whether community is adult
   */
  is_adult?: BaseBoolInt
  /**
   * Information whether community is hidden from current user's newsfeed
   */
  is_hidden_from_feed?: BaseBoolInt
  /**
   * Information whether community is in faves
   */
  is_favorite?: BaseBoolInt
  /**
   * Information whether current user is subscribed
   */
  is_subscribed?: BaseBoolInt
  city?: BaseObject
  /**
   * Community description
   */
  description?: string
  /**
   * Community's main wiki page title
   */
  wiki_page?: string
  /**
   * Community members number
   */
  members_count?: number
  /**
   * Info about number of users in group
   */
  members_count_text?: string
  /**
   * The number of incoming requests to the community
   */
  requests_count?: number
  /**
   * Community level live streams achievements
   */
  video_live_level?: number
  /**
   * Number of community's live streams
   */
  video_live_count?: number
  /**
   * Number of community's clips
   */
  clips_count?: number
  counters?: GroupsCountersGroup
  /**
   * Textlives number
   */
  textlives_count?: number
  cover?: BaseOwnerCover
  video_cover?: BaseOwnerCover
  /**
   * Information whether current user can post on community's wall
   */
  can_post?: BaseBoolInt
  can_suggest?: BaseBoolInt
  /**
   * Information whether current user can upload story
   */
  can_upload_story?: BaseBoolInt
  /**
   * Information whether current user can call to community
   */
  can_call_to_community?: boolean
  /**
   * Information whether current user can upload doc
   */
  can_upload_doc?: BaseBoolInt
  /**
   * Information whether current user can upload video
   */
  can_upload_video?: BaseBoolInt
  /**
   * Information whether current user can upload clip
   */
  can_upload_clip?: BaseBoolInt
  /**
   * Information whether current user can see all posts on community's wall
   */
  can_see_all_posts?: BaseBoolInt
  /**
   * Information whether current user can create topic
   */
  can_create_topic?: BaseBoolInt
  /**
   * Type of group, start date of event or category of public page
   */
  activity?: string
  /**
   * Fixed post ID
   */
  fixed_post?: number
  /**
   * Information whether community has photo
   */
  has_photo?: BaseBoolInt
  /**
   * Данные о точках, по которым вырезаны профильная и миниатюрная фотографии сообщества
   */
  crop_photo?: BaseCropPhoto
  /**
   * Community status
   */
  status?: string
  status_audio?: AudioAudio
  /**
   * Community's main photo album ID
   */
  main_album_id?: number
  links?: GroupsLinksItem[]
  contacts?: GroupsContactsItem[]
  /**
   * Information about wall status in community
   */
  wall?: 0 | 1 | 2 | 3
  /**
   * Community's website
   */
  site?: string
  main_section?: GroupsGroupFullSection
  secondary_section?: GroupsGroupFullSection
  /**
   * Information whether the community has a "fire" pictogram.
   */
  trending?: BaseBoolInt
  /**
   * Information whether current user can send a message to community
   */
  can_message?: BaseBoolInt
  /**
   * Information whether community can send a message to current user
   */
  is_messages_blocked?: BaseBoolInt
  /**
   * Information whether community can send notifications by phone number to current user
   */
  can_send_notify?: BaseBoolInt
  /**
   * Status of replies in community messages
   */
  online_status?: GroupsOnlineStatus
  /**
   * Inviter ID
   */
  invited_by?: number
  /**
   * Information whether age limit
   */
  age_limits?: GroupsGroupFullAgeLimits
  /**
   * User ban info
   */
  ban_info?: GroupsGroupBanInfo
  has_group_channel?: boolean
  /**
   * Info about addresses in groups
   */
  addresses?: GroupsAddressesInfo
  /**
   * Information whether current user is subscribed to podcasts
   */
  is_subscribed_podcasts?: boolean
  /**
   * Owner in whitelist or not
   */
  can_subscribe_podcasts?: boolean
  /**
   * Can subscribe to wall
   */
  can_subscribe_posts?: boolean
  /**
   * Live covers state
   */
  live_covers?: GroupsLiveCovers
  stories_archive_count?: number
  has_unseen_stories?: boolean
  /**
   * Information about the status of video notifications for the current user.
   */
  video_notifications_status?: "none" | "all" | "preferred"
  /**
   * Community videos number
   */
  videos_count?: number
}
/**
 * Schema: `groups/objects.json#/definitions/groups_group_public_category_list`
 */
export interface GroupsGroupPublicCategoryList {
  id?: number
  name?: string
  subcategories?: GroupsGroupCategoryType[]
}
/**
 * Schema: `groups/objects.json#/definitions/groups_group_subcategory`
 */
export interface GroupsGroupSubcategory {
  /**
   * Object ID
   */
  id: number
  /**
   * Object name
   */
  name: string
  genders?: BaseObjectWithName[]
}
/**
 * Schema: `groups/objects.json#/definitions/groups_group_tag`
 */
export interface GroupsGroupTag {
  id: number
  name: string
  color: "454647" | "45678f" | "4bb34b" | "5181b8" | "539b9c" | "5c9ce6" | "63b9ba" | "6bc76b" | "76787a" | "792ec0" | "7a6c4f" | "7ececf" | "9e8d6b" | "a162de" | "aaaeb3" | "bbaa84" | "e64646" | "ff5c5c" | "ffa000" | "ffc107"
  uses?: number
}
/**
 * Schema: `groups/objects.json#/definitions/groups_groups_array`
 */
export interface GroupsGroupsArray {
  /**
   * Communities number
   */
  count: number
  items: number[]
}
/**
 * Schema: `groups/responses.json#/definitions/groups_invite_user_ids_list_response`
 */
export interface GroupsInviteUserIdsListResponse {
  /**
   * Total invited users number
   */
  invites_send_count: number
}
/**
 * Schema: `groups/responses.json#/definitions/groups_isMember_extended_response`
 */
export interface GroupsIsMemberExtendedResponse {
  /**
   * Information whether user is a member of the group
   */
  member: BaseBoolInt
  /**
   * Information whether user has been invited to the group
   */
  invitation?: BaseBoolInt
  /**
   * Information whether user can be invited
   */
  can_invite?: BaseBoolInt
  /**
   * Information whether user's invite to the group can be recalled
   */
  can_recall?: BaseBoolInt
  /**
   * Information whether user has sent request to the group
   */
  request?: BaseBoolInt
}
/**
 * Schema: `groups/objects.json#/definitions/groups_links_item`
 */
export interface GroupsLinksItem {
  /**
   * Link title
   */
  name?: string
  /**
   * Link description
   */
  desc?: string
  /**
   * Information whether the link title can be edited
   */
  edit_title?: BaseBoolInt
  /**
   * Link ID
   */
  id?: number
  /**
   * URL of square image of the link with 100 pixels in width
   */
  photo_100?: string
  /**
   * URL of square image of the link with 50 pixels in width
   */
  photo_50?: string
  /**
   * Link URL
   */
  url?: string
  /**
   * Information whether the image on processing
   */
  image_processing?: BaseBoolInt
}
/**
 * Schema: `groups/objects.json#/definitions/groups_live_covers`
 */
export interface GroupsLiveCovers {
  /**
   * Information whether live covers is enabled
   */
  is_enabled: boolean
  /**
   * Information whether live covers photo scaling is enabled
   */
  is_scalable?: boolean
  story_ids?: string[]
}
/**
 * Schema: `groups/objects.json#/definitions/groups_long_poll_events`
 */
export interface GroupsLongPollEvents {
  audio_new: BaseBoolInt
  board_post_delete: BaseBoolInt
  board_post_edit: BaseBoolInt
  board_post_new: BaseBoolInt
  board_post_restore: BaseBoolInt
  group_change_photo: BaseBoolInt
  group_change_settings: BaseBoolInt
  group_join: BaseBoolInt
  group_leave: BaseBoolInt
  group_officers_edit: BaseBoolInt
  lead_forms_new?: BaseBoolInt
  market_comment_delete: BaseBoolInt
  market_comment_edit: BaseBoolInt
  market_comment_new: BaseBoolInt
  market_comment_restore: BaseBoolInt
  market_order_new?: BaseBoolInt
  market_order_edit?: BaseBoolInt
  message_allow: BaseBoolInt
  message_deny: BaseBoolInt
  message_new: BaseBoolInt
  message_read: BaseBoolInt
  message_reply: BaseBoolInt
  message_typing_state: BaseBoolInt
  message_edit: BaseBoolInt
  photo_comment_delete: BaseBoolInt
  photo_comment_edit: BaseBoolInt
  photo_comment_new: BaseBoolInt
  photo_comment_restore: BaseBoolInt
  photo_new: BaseBoolInt
  poll_vote_new: BaseBoolInt
  user_block: BaseBoolInt
  user_unblock: BaseBoolInt
  video_comment_delete: BaseBoolInt
  video_comment_edit: BaseBoolInt
  video_comment_new: BaseBoolInt
  video_comment_restore: BaseBoolInt
  video_new: BaseBoolInt
  message_reaction_event: BaseBoolInt
  wall_post_new: BaseBoolInt
  wall_reply_delete: BaseBoolInt
  wall_reply_edit: BaseBoolInt
  wall_reply_new: BaseBoolInt
  wall_reply_restore: BaseBoolInt
  wall_repost: BaseBoolInt
  wall_schedule_post_new: BaseBoolInt
  wall_schedule_post_delete: BaseBoolInt
  donut_subscription_create: BaseBoolInt
  donut_subscription_prolonged: BaseBoolInt
  donut_subscription_cancelled: BaseBoolInt
  donut_subscription_expired: BaseBoolInt
  donut_subscription_price_changed: BaseBoolInt
  donut_money_withdraw: BaseBoolInt
  donut_money_withdraw_error: BaseBoolInt
}
/**
 * Schema: `groups/objects.json#/definitions/groups_long_poll_server`
 */
export interface GroupsLongPollServer {
  /**
   * Long Poll key
   */
  key: string
  /**
   * Long Poll server address
   */
  server: string
  /**
   * Number of the last event
   */
  ts: string
}
/**
 * Schema: `groups/objects.json#/definitions/groups_long_poll_settings`
 */
export interface GroupsLongPollSettings {
  /**
   * API version used for the events
   */
  api_version?: string
  events: GroupsLongPollEvents
  /**
   * Shows whether Long Poll is enabled
   */
  is_enabled: boolean
}
/**
 * Schema: `groups/objects.json#/definitions/groups_market_info`
 */
export interface GroupsMarketInfo {
  /**
   * Market type
   */
  type?: string
  /**
   * Contact person ID
   */
  contact_id?: number
  currency?: MarketCurrency
  /**
   * Currency name
   */
  currency_text?: string
  /**
   * Information whether the market is enabled
   */
  enabled?: BaseBoolInt
  /**
   * Main market album ID
   */
  main_album_id?: number
  /**
   * Maximum price
   */
  price_max?: string
  /**
   * Minimum price
   */
  price_min?: string
  min_order_price?: MarketPrice
}
/**
 * Schema: `groups/objects.json#/definitions/groups_market_properties`
 */
export interface GroupsMarketProperties {
  market?: GroupsMarketInfo
  /**
   * Information whether community has installed market app
   */
  has_market_app?: boolean
  using_vkpay_market_app?: boolean
}
/**
 * Schema: `groups/objects.json#/definitions/groups_member_role`
 */
export interface GroupsMemberRole {
  /**
   * User ID
   */
  id: number
  /**
   * Allow the manager to accept community calls.
   */
  is_call_operator?: boolean
  permissions?: GroupsMemberRolePermission[]
  role?: GroupsMemberRoleStatus
}
/**
 * Schema: `groups/objects.json#/definitions/groups_member_status`
 */
export interface GroupsMemberStatus {
  /**
   * Information whether user is a member of the group
   */
  member: BaseBoolInt
  /**
   * User ID
   */
  user_id: number
}
/**
 * Schema: `groups/objects.json#/definitions/groups_member_status_full`
 */
export interface GroupsMemberStatusFull {
  /**
   * Information whether user can be invited
   */
  can_invite?: BaseBoolInt
  /**
   * Information whether user's invite to the group can be recalled
   */
  can_recall?: BaseBoolInt
  /**
   * Information whether user has been invited to the group
   */
  invitation?: BaseBoolInt
  /**
   * Information whether user is a member of the group
   */
  member: BaseBoolInt
  /**
   * Information whether user has send request to the group
   */
  request?: BaseBoolInt
  /**
   * User ID
   */
  user_id: number
}
/**
 * Online status of group
 *
 * Schema: `groups/objects.json#/definitions/groups_online_status`
 */
export interface GroupsOnlineStatus {
  /**
   * Estimated time of answer (for status = answer_mark)
   */
  minutes?: number
  status: GroupsOnlineStatusType
}
/**
 * Schema: `groups/objects.json#/definitions/groups_owner_xtr_ban_info`
 */
export interface GroupsOwnerXtrBanInfo {
  ban_info?: GroupsBanInfo
  /**
   * Information about group if type = group
   */
  group?: GroupsGroup
  /**
   * Information about group if type = profile
   */
  profile?: UsersUser
  type?: "group" | "profile"
}
/**
 * Schema: `groups/objects.json#/definitions/groups_photo_size`
 */
export interface GroupsPhotoSize {
  /**
   * Image height
   */
  height: number
  /**
   * Image width
   */
  width: number
}
/**
 * Schema: `groups/objects.json#/definitions/groups_profile_item`
 */
export interface GroupsProfileItem {
  /**
   * User id
   */
  id: number
  /**
   * Url for user photo
   */
  photo_50: string
  /**
   * Url for user photo
   */
  photo_100: string
  /**
   * User first name
   */
  first_name: string
}
/**
 * Schema: `groups/responses.json#/definitions/groups_search_response`
 */
export interface GroupsSearchResponse {
  /**
   * Total communities number
   */
  count: number
  items: GroupsGroupFull[]
}
/**
 * Schema: `groups/objects.json#/definitions/groups_settings_twitter`
 */
export interface GroupsSettingsTwitter {
  status: "loading" | "sync"
  name?: string
}
/**
 * Schema: `groups/objects.json#/definitions/groups_subject_item`
 */
export interface GroupsSubjectItem {
  /**
   * Subject ID
   */
  id: number
  /**
   * Subject title
   */
  name: string
}
/**
 * Schema: `groups/objects.json#/definitions/groups_token_permission_setting`
 */
export interface GroupsTokenPermissionSetting {
  name: string
  setting: number
}
/**
 * Schema: `groups/objects.json#/definitions/groups_user_xtr_role`
 */
export interface GroupsUserXtrRole extends UsersUserFull {
  permissions?: GroupsMemberRolePermission[]
  role?: GroupsRoleOptions
}
/**
 * Schema: `leadForms/objects.json#/definitions/leadForms_answer`
 */
export interface LeadFormsAnswer {
  key: string
  answer: LeadFormsAnswerOneOf
}
/**
 * Schema: `leadForms/objects.json#/definitions/leadForms_answer_item`
 */
export interface LeadFormsAnswerItem {
  key?: string
  value: string
}
/**
 * Schema: `leadForms/responses.json#/definitions/leadForms_create_response`
 */
export interface LeadFormsCreateResponse {
  form_id: number
  url: string
}
/**
 * Schema: `leadForms/responses.json#/definitions/leadForms_delete_response`
 */
export interface LeadFormsDeleteResponse {
  form_id: number
}
/**
 * Schema: `leadForms/objects.json#/definitions/leadForms_form`
 */
export interface LeadFormsForm {
  form_id: number
  group_id: number
  photo?: string
  name?: string
  title?: string
  description?: string
  confirmation?: string
  site_link_url?: string
  policy_link_url?: string
  questions?: LeadFormsQuestionItem[]
  active?: BaseBoolInt
  leads_count: number
  pixel_code?: string
  once_per_user?: number
  notify_admins?: string
  notify_emails?: string
  url: string
}
/**
 * Schema: `leadForms/responses.json#/definitions/leadForms_getLeads_response`
 */
export interface LeadFormsGetLeadsResponse {
  leads: LeadFormsLead[]
  next_page_token?: string
}
/**
 * Schema: `leadForms/objects.json#/definitions/leadForms_lead`
 */
export interface LeadFormsLead {
  lead_id: number
  user_id: number
  date: number
  answers: LeadFormsAnswer[]
  ad_id?: number
}
/**
 * Schema: `leadForms/objects.json#/definitions/leadForms_question_item`
 */
export interface LeadFormsQuestionItem {
  key: string
  type: "input" | "textarea" | "radio" | "checkbox" | "select"
  label?: string
  /**
   * Опции выбора для типов radio, checkbox, select
   */
  options?: LeadFormsQuestionItemOption[]
}
/**
 * Schema: `leadForms/objects.json#/definitions/leadForms_question_item_option`
 */
export interface LeadFormsQuestionItemOption {
  key?: string
  label: string
}
/**
 * Schema: `likes/responses.json#/definitions/likes_add_response`
 */
export interface LikesAddResponse {
  /**
   * Total likes number
   */
  likes: number
}
/**
 * Schema: `likes/responses.json#/definitions/likes_delete_response`
 */
export interface LikesDeleteResponse {
  /**
   * Total likes number
   */
  likes: number
}
/**
 * Schema: `likes/responses.json#/definitions/likes_getList_extended_response`
 */
export interface LikesGetListExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: UsersSubscriptionsItem[]
  /**
   * Author of post if he liked the comment
   */
  liked_by_author?: UsersSubscriptionsItem
  /**
   * Group where post is present if they liked the comment
   */
  liked_by_group?: UsersSubscriptionsItem
}
/**
 * Schema: `likes/responses.json#/definitions/likes_getList_response`
 */
export interface LikesGetListResponse {
  /**
   * Total number
   */
  count: number
  items: number[]
}
/**
 * Schema: `likes/responses.json#/definitions/likes_isLiked_response`
 */
export interface LikesIsLikedResponse {
  /**
   * Information whether user liked the object
   */
  liked: BaseBoolInt
  /**
   * Information whether user reposted the object
   */
  copied: BaseBoolInt
}
/**
 * Schema: `link/objects.json#/definitions/link_target_object`
 */
export interface LinkTargetObject {
  /**
   * Object type
   */
  type?: string
  /**
   * Owner ID
   */
  owner_id?: number
  /**
   * Item ID
   */
  item_id?: number
}
/**
 * Schema: `market/responses.json#/definitions/market_addAlbum_response`
 */
export interface MarketAddAlbumResponse {
  /**
   * Album ID
   */
  market_album_id?: number
  /**
   * Albums count
   */
  albums_count?: number
}
/**
 * Schema: `market/responses.json#/definitions/market_addPropertyVariant_response`
 */
export interface MarketAddPropertyVariantResponse {
  variant_id: number
}
/**
 * Schema: `market/responses.json#/definitions/market_addProperty_response`
 */
export interface MarketAddPropertyResponse {
  property_id: number
}
/**
 * Schema: `market/responses.json#/definitions/market_add_response`
 */
export interface MarketAddResponse {
  /**
   * Item ID
   */
  market_item_id: number
}
/**
 * Schema: `market/objects.json#/definitions/market_currency`
 */
export interface MarketCurrency {
  /**
   * Currency ID
   */
  id: number
  /**
   * Currency sign
   */
  name: string
  /**
   * Currency title
   */
  title: string
}
/**
 * Schema: `market/responses.json#/definitions/market_getAlbumById_response`
 */
export interface MarketGetAlbumByIdResponse {
  /**
   * Total number
   */
  count: number
  items: MarketMarketAlbum[]
}
/**
 * Schema: `market/responses.json#/definitions/market_getAlbums_response`
 */
export interface MarketGetAlbumsResponse {
  /**
   * Total number
   */
  count: number
  items: MarketMarketAlbum[]
}
/**
 * Schema: `market/responses.json#/definitions/market_getById_extended_response`
 */
export interface MarketGetByIdExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: MarketMarketItemFull[]
}
/**
 * Schema: `market/responses.json#/definitions/market_getById_response`
 */
export interface MarketGetByIdResponse {
  /**
   * Total number
   */
  count: number
  items: MarketMarketItem[]
}
/**
 * Schema: `market/responses.json#/definitions/market_getCategories_new_response`
 */
export interface MarketGetCategoriesNewResponse {
  items: MarketMarketCategoryTree[]
}
/**
 * Schema: `market/responses.json#/definitions/market_getComments_response`
 */
export interface MarketGetCommentsResponse {
  /**
   * Total number
   */
  count: number
  items: WallWallComment[]
  /**
   * List of users, available only if extended=true exists in query params
   */
  profiles?: UsersUserFull[]
  /**
   * List of groups, available only if extended=true exists in query params
   */
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `market/responses.json#/definitions/market_getGroupOrders_response`
 */
export interface MarketGetGroupOrdersResponse {
  /**
   * Total number
   */
  count: number
  items: MarketOrder[]
}
/**
 * Schema: `market/responses.json#/definitions/market_getOrderById_response`
 */
export interface MarketGetOrderByIdResponse {
  order?: MarketOrder
}
/**
 * Schema: `market/responses.json#/definitions/market_getOrderItems_response`
 */
export interface MarketGetOrderItemsResponse {
  /**
   * Total number
   */
  count: number
  items: MarketOrderItem[]
}
/**
 * Schema: `market/responses.json#/definitions/market_getOrders_extended_response`
 */
export interface MarketGetOrdersExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: MarketOrder[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `market/responses.json#/definitions/market_getOrders_response`
 */
export interface MarketGetOrdersResponse {
  /**
   * Total number
   */
  count: number
  items: MarketOrder[]
}
/**
 * Schema: `market/responses.json#/definitions/market_getProperties_response`
 */
export interface MarketGetPropertiesResponse {
  items: MarketProperty[]
  count: number
}
/**
 * Schema: `market/responses.json#/definitions/market_get_extended_response`
 */
export interface MarketGetExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: MarketMarketItemFull[]
  variants?: MarketMarketItemFull[]
}
/**
 * Schema: `market/responses.json#/definitions/market_get_response`
 */
export interface MarketGetResponse {
  /**
   * Total number
   */
  count: number
  items: MarketMarketItem[]
  variants?: MarketMarketItem[]
}
/**
 * Schema: `market/objects.json#/definitions/market_global_search_filters`
 */
export interface MarketGlobalSearchFilters {
  city?: BaseCity
  country?: BaseCountry
}
/**
 * Schema: `market/responses.json#/definitions/market_groupItems_response`
 */
export interface MarketGroupItemsResponse {
  item_group_id: number
}
/**
 * Information about the group where the item is placed
 *
 * Schema: `market/objects.json#/definitions/market_item_owner_info`
 */
export interface MarketItemOwnerInfo {
  /**
   * Avatar of the group
   */
  avatar?: BaseImage[]
  /**
   * Name of the group
   */
  name?: string
  /**
   * Category of the item or description of the group
   */
  category?: string
  /**
   * Link to the section of the group
   */
  category_url?: string
  /**
   * Is the group is VK corporated market
   */
  is_corporated_market?: boolean
  /**
   * Type of the market group
   */
  market_type?: MarketOwnerType
}
/**
 * Information about promotion of the market item
 *
 * Schema: `market/objects.json#/definitions/market_item_promotion_info`
 */
export interface MarketItemPromotionInfo {
  /**
   * Can the item be promoted?
   */
  is_available?: boolean
}
/**
 * Schema: `market/objects.json#/definitions/market_market_album`
 */
export interface MarketMarketAlbum {
  /**
   * Market album ID
   */
  id: number
  /**
   * Market album owner's ID
   */
  owner_id: number
  /**
   * Market album title
   */
  title: string
  /**
   * Items number
   */
  count: number
  /**
   * Is album main for owner
   */
  is_main?: boolean
  /**
   * Is album hidden
   */
  is_hidden?: boolean
  photo?: PhotosPhoto
  /**
   * Date when album has been updated last time in Unixtime
   */
  updated_time: number
  /**
   * Type of album
   */
  type?: 0 | 1
  /**
   * Is album needed to be blurred (18+) or not
   */
  is_blur_enabled?: boolean
}
/**
 * Schema: `market/objects.json#/definitions/market_market_category_nested`
 */
export interface MarketMarketCategoryNested {
  inner_type: "market_market_category_nested"
  /**
   * Category ID
   */
  id: number
  /**
   * Category name
   */
  name: string
  /**
   * Is v2 category
   */
  is_v2?: boolean
  parent?: MarketMarketCategoryNested
}
/**
 * Schema: `market/objects.json#/definitions/market_market_category_tree`
 */
export interface MarketMarketCategoryTree {
  /**
   * Category ID
   */
  id: number
  /**
   * Category name
   */
  name: string
  /**
   * Icon name
   */
  icon_name?: string
  children?: MarketMarketCategoryTree[]
  view?: MarketMarketCategoryTreeView
  /**
   * SEO-friendly URL to page with category's items
   */
  url?: string
  /**
   * SEO-friendly variant of category's name
   */
  seo_name?: string
  /**
   * Title for category's page. Used for SEO
   */
  page_title?: string
  /**
   * Description for category's page. Used for SEO
   */
  page_description?: string
}
/**
 * Schema: `market/objects.json#/definitions/market_market_category_tree_view`
 */
export interface MarketMarketCategoryTreeView {
  type?: "tab_root"
  selected?: boolean
  root_path?: string[]
}
/**
 * Schema: `market/objects.json#/definitions/market_market_item`
 */
export interface MarketMarketItem {
  /**
   * Access key for the market item
   */
  access_key?: string
  availability: MarketMarketItemAvailability
  /**
   * Title for button for url
   */
  button_title?: string
  category: MarketMarketCategory
  category_v2?: MarketMarketCategory
  /**
   * Date when the item has been created in Unixtime
   */
  date?: number
  /**
   * Item description
   */
  description: string
  external_id?: string
  /**
   * Item ID
   */
  id: number
  is_favorite?: boolean
  /**
   * Item owner's ID
   */
  owner_id: number
  is_owner?: boolean
  is_adult?: boolean
  price: MarketPrice
  /**
   * URL of the preview image
   */
  thumb_photo?: string
  /**
   * Item title
   */
  title: string
  /**
   * URL to item
   */
  url?: string
  variants_grouping_id?: number
  is_main_variant?: boolean
  sku?: string
  /**
   * Inventory balances
   */
  stock_amount?: number
  /**
   * Attach for post id
   */
  post_id?: number
  /**
   * Attach for post owner id
   */
  post_owner_id?: number
}
/**
 * Schema: `market/objects.json#/definitions/market_market_item_basic`
 */
export interface MarketMarketItemBasic {
  /**
   * Item ID
   */
  id: number
  /**
   * Item owner's ID
   */
  owner_id: number
  /**
   * Item title
   */
  title: string
  price: MarketPrice
  /**
   * URL of the preview image
   */
  thumb_photo?: string
  is_favorite?: boolean
}
/**
 * Schema: `market/objects.json#/definitions/market_market_item_basic_with_group`
 */
export interface MarketMarketItemBasicWithGroup extends MarketMarketItemBasic {
  is_group_verified?: boolean
  group_name?: string
  group_link?: string
  is_owner?: boolean
  is_adult?: boolean
}
/**
 * Schema: `market/objects.json#/definitions/market_market_item_full`
 */
export interface MarketMarketItemFull extends MarketMarketItem {
  albums_ids?: number[]
  photos?: PhotosPhoto[]
  /**
   * Information whether current use can comment the item
   */
  can_comment?: BaseBoolInt
  /**
   * Information whether current use can repost the item
   */
  can_repost?: BaseBoolInt
  likes?: BaseLikes
  reposts?: BaseRepostsInfo
  /**
   * Views number
   */
  views_count?: number
  /**
   * Object identifier in wishlist of viewer
   */
  wishlist_item_id?: number
  /**
   * Rating of product
   */
  rating?: number
  /**
   * Count of product orders
   */
  orders_count?: number
  /**
   * Information for cancel and revert order
   */
  cancel_info?: BaseLink
  /**
   * User agreement info
   */
  user_agreement_info?: string
  /**
   * Contains ad ID if it has
   */
  ad_id?: number
  /**
   * Information about the group where the item is placed
   */
  owner_info?: MarketItemOwnerInfo
  /**
   * Can the item be updated by current user?
   */
  can_edit?: boolean
  /**
   * Can item be deleted by current user?
   */
  can_delete?: boolean
  /**
   * Can item be restored by current user?
   */
  can_recover?: boolean
  /**
   * Can the item be converted from a product into a service?
   */
  can_show_convert_to_service?: boolean
  /**
   * Information about promotion of the item
   */
  promotion?: MarketItemPromotionInfo
  /**
   * The amount of the discount if VK Pay is used for payment
   */
  vk_pay_discount?: number
}
/**
 * Schema: `market/objects.json#/definitions/market_order`
 */
export interface MarketOrder {
  id: number
  group_id: number
  user_id: number
  display_order_id?: string
  date: number
  status: number
  items_count: number
  track_number?: string
  track_link?: string
  comment?: string
  address?: string
  merchant_comment?: string
  weight?: number
  total_price: MarketPrice
  discount?: MarketPrice
  /**
   * Several order items for preview
   */
  preview_order_items?: MarketOrderItem[]
  /**
   * Information for cancel and revert order
   */
  cancel_info?: BaseLink
  /**
   * Seller comment for user
   */
  comment_for_user?: string
  is_viewed_by_admin?: boolean
  date_viewed?: number
  /**
   * Extended field. Can current viewer add review for at least one item in this order
   */
  can_add_review?: boolean
}
/**
 * Schema: `market/objects.json#/definitions/market_order_item`
 */
export interface MarketOrderItem {
  owner_id: number
  item_id: number
  price: MarketPrice
  quantity: number
  item: MarketMarketItem
  title?: string
  photo?: PhotosPhoto
  variants?: string[]
  /**
   * Extended field. Can current viewer add review for this ordered item
   */
  can_add_review?: boolean
}
/**
 * Schema: `market/responses.json#/definitions/market_photo_id_response`
 */
export interface MarketPhotoIdResponse {
  /**
   * Photo ID
   */
  photo_id: number
  photo?: PhotosPhoto
}
/**
 * Schema: `market/objects.json#/definitions/market_price`
 */
export interface MarketPrice {
  /**
   * Amount
   */
  amount: string
  /**
   * Amount to for price_type=2
   */
  amount_to?: string
  price_type?: 0 | 2 | 3
  price_unit?: 0 | 2 | 3 | 4
  currency: MarketCurrency
  discount_rate?: number
  old_amount?: string
  /**
   * Text
   */
  text: string
  /**
   * Textual representation of old price
   */
  old_amount_text?: string
}
/**
 * Schema: `market/objects.json#/definitions/market_property`
 */
export interface MarketProperty {
  id: number
  /**
   * Property name
   */
  title: string
  /**
   * Property type
   */
  type?: "text" | "color"
  variants: MarketPropertyVariant[]
}
/**
 * Schema: `market/objects.json#/definitions/market_property_variant`
 */
export interface MarketPropertyVariant {
  id: number
  /**
   * Property name
   */
  title: string
  /**
   * Property value corresponding to property type
   */
  value?: string
}
/**
 * Schema: `market/responses.json#/definitions/market_search_basic_response`
 */
export interface MarketSearchBasicResponse {
  /**
   * Current chunk size
   */
  count: number
  /**
   * Total size
   */
  total: number
  /**
   * Next chunk present
   */
  has_more?: boolean
  items: MarketMarketItemBasicWithGroup[]
}
/**
 * Schema: `market/responses.json#/definitions/market_search_extended_response`
 */
export interface MarketSearchExtendedResponse {
  /**
   * Total number
   */
  count: number
  view_type: MarketServicesViewType
  items: MarketMarketItemFull[]
  variants?: MarketMarketItemFull[]
}
/**
 * Schema: `market/responses.json#/definitions/market_search_response`
 */
export interface MarketSearchResponse {
  /**
   * Total number
   */
  count: number
  view_type: MarketServicesViewType
  items: MarketMarketItem[]
  variants?: MarketMarketItem[]
  groups?: GroupsGroupFull[]
  filters?: MarketGlobalSearchFilters
}
/**
 * Schema: `market/objects.json#/definitions/market_upload_photo_data`
 */
export interface MarketUploadPhotoData {
  /**
   * Photo ID
   */
  photo_id: number
  photo?: PhotosPhoto
}
/**
 * Schema: `messages/responses.json#/definitions/messages_addChatUsers_response`
 */
export interface MessagesAddChatUsersResponse {
  failed_peer_ids: number[]
  failed_phone_numbers: string[]
  invitees: number[]
}
/**
 * Schema: `messages/objects.json#/definitions/messages_audio_message`
 */
export interface MessagesAudioMessage {
  /**
   * Access key for audio message
   */
  access_key?: string
  transcript_error?: number
  /**
   * Audio message duration in seconds
   */
  duration: number
  /**
   * Audio message ID
   */
  id: number
  /**
   * MP3 file URL
   */
  link_mp3: string
  /**
   * OGG file URL
   */
  link_ogg: string
  /**
   * Audio message owner ID
   */
  owner_id: number
  waveform: number[]
}
/**
 * Schema: `messages/objects.json#/definitions/messages_base_message`
 */
export interface MessagesBaseMessage {
  action?: MessagesActionOneOf
  /**
   * Only for messages from community. Contains user ID of community admin, who sent this message.
   */
  admin_author_id?: number
  attachments?: MessagesMessageAttachment[]
  /**
   * Unique auto-incremented number for all messages with this peer
   */
  conversation_message_id: number
  /**
   * Date when the message has been sent in Unixtime
   */
  date: number
  /**
   * Is it an deleted message
   */
  deleted?: BaseBoolInt
  /**
   * Message author's ID
   */
  from_id: number
  fwd_messages?: MessagesFwdMessages
  geo?: BaseGeo
  /**
   * Message ID
   */
  id: number
  /**
   * this message is cropped for bot
   */
  is_cropped?: boolean
  keyboard?: MessagesKeyboard
  payload?: string
  /**
   * Message text
   */
  text: string
  /**
   * Date when the message has been updated in Unixtime
   */
  update_time?: number
  /**
   * Is silent message, push without sound
   */
  is_silent?: boolean
  /**
   * Is message unavailable for some reason, including its id equals 0
   */
  is_unavailable?: boolean
  version?: number
  /**
   * Information whether the message is outcoming
   */
  out: BaseBoolInt
  /**
   * Peer ID
   */
  peer_id: number
  /**
   * ID used for sending messages. It returned only for outgoing messages
   */
  random_id?: number
  ref?: string
  ref_source?: string
}
/**
 * Schema: `messages/objects.json#/definitions/messages_chat`
 */
export interface MessagesChat {
  /**
   * Chat creator ID
   */
  admin_id: number
  /**
   * Chat ID
   */
  id: number
  /**
   * Shows that user has been kicked from the chat
   */
  kicked?: BaseBoolInt
  /**
   * Shows that user has been left the chat
   */
  left?: BaseBoolInt
  /**
   * URL of the preview image with 100 px in width
   */
  photo_100?: string
  /**
   * URL of the preview image with 200 px in width
   */
  photo_200?: string
  /**
   * URL of the preview image with 50 px in width
   */
  photo_50?: string
  push_settings?: MessagesChatPushSettings
  /**
   * Chat title
   */
  title?: string
  /**
   * Chat type
   */
  type: string
  users: number[]
  /**
   * If provided photo is default
   */
  is_default_photo?: boolean
  /**
   * Count members in a chat
   */
  members_count: number
  /**
   * If chat is group channel
   */
  is_group_channel?: boolean
}
/**
 * Schema: `messages/objects.json#/definitions/messages_chat_full`
 */
export interface MessagesChatFull {
  /**
   * Chat creator ID
   */
  admin_id: number
  /**
   * Chat ID
   */
  id: number
  /**
   * Shows that user has been kicked from the chat
   */
  kicked?: BaseBoolInt
  /**
   * Shows that user has been left the chat
   */
  left?: BaseBoolInt
  /**
   * URL of the preview image with 100 px in width
   */
  photo_100?: string
  /**
   * URL of the preview image with 200 px in width
   */
  photo_200?: string
  /**
   * URL of the preview image with 50 px in width
   */
  photo_50?: string
  push_settings?: MessagesChatPushSettings
  /**
   * Chat title
   */
  title?: string
  /**
   * Chat type
   */
  type: string
  users: MessagesUserXtrInvitedBy[]
  /**
   * If provided photo is default
   */
  is_default_photo?: boolean
  /**
   * Count members in a chat
   */
  members_count: number
  /**
   * If chat is group channel
   */
  is_group_channel?: boolean
}
/**
 * Schema: `messages/objects.json#/definitions/messages_chat_preview`
 */
export interface MessagesChatPreview {
  admin_id: number
  joined?: boolean
  local_id?: number
  members: number[]
  members_count?: number
  title: string
  is_member?: boolean
  photo?: MessagesChatSettingsPhoto
  is_don?: boolean
  is_nft?: boolean
  is_group_channel?: boolean
  button?: BaseLinkButton
}
/**
 * Schema: `messages/objects.json#/definitions/messages_chat_push_settings`
 */
export interface MessagesChatPushSettings {
  /**
   * Time until that notifications are disabled
   */
  disabled_until?: number
  /**
   * Information whether the sound is on
   */
  sound?: BaseBoolInt
}
/**
 * Schema: `messages/objects.json#/definitions/messages_chat_restrictions`
 */
export interface MessagesChatRestrictions {
  /**
   * Only admins can promote users to admins
   */
  admins_promote_users?: boolean
  /**
   * Only admins can change chat info
   */
  only_admins_edit_info?: boolean
  /**
   * Only admins can edit pinned message
   */
  only_admins_edit_pin?: boolean
  /**
   * Only admins can invite users to this chat
   */
  only_admins_invite?: boolean
  /**
   * Only admins can kick users from this chat
   */
  only_admins_kick?: boolean
}
/**
 * Schema: `messages/objects.json#/definitions/messages_chat_settings`
 */
export interface MessagesChatSettings {
  members_count?: number
  friends_count?: number
  owner_id: number
  /**
   * Chat title
   */
  title: string
  pinned_messages_count?: number
  pinned_message?: MessagesPinnedMessage
  state: MessagesChatSettingsState
  photo?: MessagesChatSettingsPhoto
  /**
   * Ids of chat admins
   */
  admin_ids?: number[]
  active_ids?: number[]
  is_group_channel?: boolean
  acl: MessagesChatSettingsAcl
  permissions?: MessagesChatSettingsPermissions
  is_disappearing?: boolean
  theme?: string
  disappearing_chat_link?: string
  is_service?: boolean
}
/**
 * Schema: `messages/objects.json#/definitions/messages_chat_settings_acl`
 */
export interface MessagesChatSettingsAcl {
  /**
   * Can you change photo, description and name
   */
  can_change_info: boolean
  /**
   * Can you change invite link for this chat
   */
  can_change_invite_link: boolean
  /**
   * Can you pin/unpin message for this chat
   */
  can_change_pin: boolean
  /**
   * Can you invite other peers in chat
   */
  can_invite: boolean
  /**
   * Can you promote simple users to chat admins
   */
  can_promote_users: boolean
  /**
   * Can you see invite link for this chat
   */
  can_see_invite_link: boolean
  /**
   * Can you moderate (delete) other users' messages
   */
  can_moderate: boolean
  /**
   * Can you copy chat
   */
  can_copy_chat: boolean
  /**
   * Can you init group call in the chat
   */
  can_call: boolean
  /**
   * Can you use mass mentions
   */
  can_use_mass_mentions: boolean
  /**
   * Can you change chat service type
   */
  can_change_service_type?: boolean
}
/**
 * Schema: `messages/objects.json#/definitions/messages_chat_settings_permissions`
 */
export interface MessagesChatSettingsPermissions {
  /**
   * Who can invite users to chat
   */
  invite?: "owner" | "owner_and_admins" | "all"
  /**
   * Who can change chat info
   */
  change_info?: "owner" | "owner_and_admins" | "all"
  /**
   * Who can change pinned message
   */
  change_pin?: "owner" | "owner_and_admins" | "all"
  /**
   * Who can use mass mentions
   */
  use_mass_mentions?: "owner" | "owner_and_admins" | "all"
  /**
   * Who can see invite link
   */
  see_invite_link?: "owner" | "owner_and_admins" | "all"
  /**
   * Who can make calls
   */
  call?: "owner" | "owner_and_admins" | "all"
  /**
   * Who can change admins
   */
  change_admins?: "owner" | "owner_and_admins"
}
/**
 * Schema: `messages/objects.json#/definitions/messages_chat_settings_photo`
 */
export interface MessagesChatSettingsPhoto {
  /**
   * URL of the preview image with 50px in width
   */
  photo_50?: string
  /**
   * URL of the preview image with 100px in width
   */
  photo_100?: string
  /**
   * URL of the preview image with 200px in width
   */
  photo_200?: string
  /**
   * If provided photo is default
   */
  is_default_photo?: boolean
  /**
   * If provided photo is default call photo
   */
  is_default_call_photo?: boolean
}
/**
 * Schema: `messages/objects.json#/definitions/messages_conversation`
 */
export interface MessagesConversation {
  peer: MessagesConversationPeer
  sort_id?: MessagesConversationSortId
  /**
   * ID of the last message in conversation
   */
  last_message_id: number
  /**
   * Conversation message ID of the last message in conversation
   */
  last_conversation_message_id: number
  /**
   * Last message user have read
   */
  in_read: number
  /**
   * Last outcoming message have been read by the opponent
   */
  out_read: number
  /**
   * Unread messages number
   */
  unread_count?: number
  /**
   * Is this conversation unread
   */
  is_marked_unread?: boolean
  out_read_by?: MessagesOutReadBy
  important?: boolean
  unanswered?: boolean
  special_service_type?: "business_notify"
  message_request_data?: MessagesMessageRequestData
  /**
   * Ids of messages with mentions
   */
  mentions?: number[]
  current_keyboard?: MessagesKeyboard
  push_settings?: MessagesPushSettings
  can_write?: MessagesConversationCanWrite
  chat_settings?: MessagesChatSettings
  version: number
}
/**
 * Schema: `messages/objects.json#/definitions/messages_conversation_can_write`
 */
export interface MessagesConversationCanWrite {
  allowed: boolean
  reason?: number
  until?: number
}
/**
 * Schema: `messages/objects.json#/definitions/messages_conversation_member`
 */
export interface MessagesConversationMember {
  /**
   * Is it possible for user to kick this member
   */
  can_kick?: boolean
  /**
   * Does this member have write permission
   */
  is_restricted_to_write?: boolean
  invited_by?: number
  is_admin?: boolean
  is_owner?: boolean
  is_message_request?: boolean
  join_date?: number
  /**
   * Message request date
   */
  request_date?: number
  member_id: number
}
/**
 * Schema: `messages/objects.json#/definitions/messages_conversation_peer`
 */
export interface MessagesConversationPeer {
  id: number
  local_id?: number
  type: MessagesConversationPeerType
}
/**
 * Schema: `messages/objects.json#/definitions/messages_conversation_sort_id`
 */
export interface MessagesConversationSortId {
  /**
   * Major id for sorting conversations
   */
  major_id: number
  /**
   * Minor id for sorting conversations
   */
  minor_id: number
}
/**
 * Schema: `messages/objects.json#/definitions/messages_conversation_with_message`
 */
export interface MessagesConversationWithMessage {
  conversation: MessagesConversation
  last_message?: MessagesMessage
}
/**
 * Schema: `messages/responses.json#/definitions/messages_createChat_withPeerIds_response`
 */
export interface MessagesCreateChatWithPeerIdsResponse {
  /**
   * Chat ID
   */
  chat_id?: number
  /**
   * List of successfully added peer ids
   */
  peer_ids?: number[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_deleteChatPhoto_response`
 */
export interface MessagesDeleteChatPhotoResponse {
  /**
   * Service message ID
   */
  message_id?: number
  chat?: MessagesChat
}
/**
 * Schema: `messages/responses.json#/definitions/messages_deleteConversation_response`
 */
export interface MessagesDeleteConversationResponse {
  /**
   * Id of the last message, that was deleted
   */
  last_deleted_id: number
}
/**
 * Schema: `messages/objects.json#/definitions/messages_delete_full_response_item`
 */
export interface MessagesDeleteFullResponseItem {
  peer_id?: number
  message_id?: number
  conversation_message_id?: number
  response?: BaseBoolInt
  error?: BaseMessageError
}
/**
 * Opens a VK Mini App
 *
 * Schema: `messages/objects.json#/definitions/messages_event_data_open_app`
 */
export interface MessagesEventDataOpenApp {
  type: "open_app"
  app_id: number
  owner_id?: number
  hash?: string
}
/**
 * Opens a link
 *
 * Schema: `messages/objects.json#/definitions/messages_event_data_open_link`
 */
export interface MessagesEventDataOpenLink {
  type: "open_link"
  link: string
}
/**
 * Shows a snackbar with text to the user who pressed the button (hidden after 10 seconds)
 *
 * Schema: `messages/objects.json#/definitions/messages_event_data_show_snackbar`
 */
export interface MessagesEventDataShowSnackbar {
  type: "show_snackbar"
  /**
   * Text, at most 90 characters
   */
  text: string
}
/**
 * Schema: `messages/objects.json#/definitions/messages_foreign_message`
 */
export interface MessagesForeignMessage {
  attachments?: MessagesMessageAttachment[]
  /**
   * Conversation message ID
   */
  conversation_message_id: number
  /**
   * Date when the message was created
   */
  date: number
  /**
   * Message author's ID
   */
  from_id: number
  fwd_messages?: MessagesForeignMessage[]
  geo?: BaseGeo
  /**
   * Message ID
   */
  id?: number
  /**
   * Peer ID
   */
  peer_id?: number
  reply_message?: MessagesForeignMessage
  /**
   * Message text
   */
  text: string
  /**
   * Date when the message has been updated in Unixtime
   */
  update_time?: number
  /**
   * Was the audio message inside already listened by you
   */
  was_listened?: boolean
  /**
   * Additional data sent along with message for developer convenience
   */
  payload?: string
}
/**
 * Schema: `messages/objects.json#/definitions/messages_forward`
 */
export interface MessagesForward {
  /**
   * Messages owner_id
   */
  owner_id?: number
  /**
   * Messages peer_id
   */
  peer_id?: number
  conversation_message_ids?: number[]
  cmids?: number[]
  message_ids?: number[]
  /**
   * If you need to reply to a message
   */
  is_reply?: boolean
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getByConversationMessageId_extended_response`
 */
export interface MessagesGetByConversationMessageIdExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: MessagesMessage[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getByConversationMessageId_response`
 */
export interface MessagesGetByConversationMessageIdResponse {
  /**
   * Total number
   */
  count: number
  items: MessagesMessage[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getById_extended_response`
 */
export interface MessagesGetByIdExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: MessagesMessage[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getById_response`
 */
export interface MessagesGetByIdResponse {
  /**
   * Total number
   */
  count: number
  items: MessagesMessage[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getChatPreview_response`
 */
export interface MessagesGetChatPreviewResponse {
  preview: MessagesChatPreview
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `messages/objects.json#/definitions/messages_getConversationById`
 */
export interface MessagesGetConversationById {
  /**
   * Total number
   */
  count: number
  items: MessagesConversation[]
}
/**
 * Schema: `messages/objects.json#/definitions/messages_getConversationById_extended`
 */
export interface MessagesGetConversationByIdExtended extends MessagesGetConversationById {
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `messages/objects.json#/definitions/messages_getConversationMembers`
 */
export interface MessagesGetConversationMembers {
  items: MessagesConversationMember[]
  /**
   * Chat members count
   */
  count: number
  chat_restrictions?: MessagesChatRestrictions
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getConversations_response`
 */
export interface MessagesGetConversationsResponse {
  /**
   * Total number
   */
  count: number
  /**
   * Unread dialogs number
   */
  unread_count?: number
  items: MessagesConversationWithMessage[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getHistoryAttachments_response`
 */
export interface MessagesGetHistoryAttachmentsResponse {
  items: MessagesHistoryAttachment[]
  /**
   * Value for pagination
   */
  next_from?: string
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getHistory_extended_response`
 */
export interface MessagesGetHistoryExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: MessagesMessage[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
  conversations?: MessagesConversation[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getHistory_response`
 */
export interface MessagesGetHistoryResponse {
  /**
   * Total number
   */
  count: number
  items: MessagesMessage[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getImportantMessages_extended_response`
 */
export interface MessagesGetImportantMessagesExtendedResponse {
  messages: MessagesMessagesArray
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
  conversations?: MessagesConversation[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getImportantMessages_response`
 */
export interface MessagesGetImportantMessagesResponse {
  messages: MessagesMessagesArray
  profiles?: UsersUser[]
  groups?: GroupsGroupFull[]
  conversations?: MessagesConversation[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getIntentUsers_response`
 */
export interface MessagesGetIntentUsersResponse {
  count: number
  items: number[]
  profiles?: UsersUserFull[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getInviteLink_by_owner_response`
 */
export interface MessagesGetInviteLinkByOwnerResponse {
  items: MessagesGetInviteLinkByOwnerResponseItem[]
}
/**
 * Schema: `messages/objects.json#/definitions/messages_getInviteLink_by_owner_response_item`
 */
export interface MessagesGetInviteLinkByOwnerResponseItem {
  owner_id: number
  link?: string
  error?: BaseMessageError
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getInviteLink_response`
 */
export interface MessagesGetInviteLinkResponse {
  link?: string
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getLongPollHistory_response`
 */
export interface MessagesGetLongPollHistoryResponse {
  history?: ((string | number)[])[]
  messages?: MessagesLongpollMessages
  credentials?: MessagesLongpollParams
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
  chats?: MessagesChat[]
  /**
   * Persistence timestamp
   */
  new_pts?: number
  from_pts?: number
  /**
   * Has more
   */
  more?: boolean
  conversations?: MessagesConversation[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getMessagesReactions_response`
 */
export interface MessagesGetMessagesReactionsResponse {
  items: MessagesReactionCountersResponseItem[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getReactedPeers_response`
 */
export interface MessagesGetReactedPeersResponse {
  /**
   * Total number
   */
  count: number
  reactions: MessagesReactionResponseItem[]
  counters: MessagesReactionCounterResponseItem[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_getReactionsAssets_response`
 */
export interface MessagesGetReactionsAssetsResponse {
  /**
   * Current reactions assets version
   */
  version: number
  /**
   * Base reactions assets to display by default
   */
  assets: MessagesReactionAssetItem[]
  /**
   * Extended reactions assets for special occasions, user allowed to switch to the base version
   */
  override_assets?: MessagesReactionAssetItem[]
  /**
   * Enabled reactions for current account. You can use reactions only from this array or already present on target message
   */
  reaction_ids: number[]
}
/**
 * Schema: `messages/objects.json#/definitions/messages_graffiti`
 */
export interface MessagesGraffiti {
  /**
   * Access key for graffiti
   */
  access_key?: string
  /**
   * Graffiti ID
   */
  id: number
  /**
   * Graffiti owner ID
   */
  owner_id: number
  /**
   * Graffiti URL
   */
  url: string
  /**
   * Graffiti width
   */
  width: number
  /**
   * Graffiti height
   */
  height: number
}
/**
 * Schema: `messages/objects.json#/definitions/messages_history_attachment`
 */
export interface MessagesHistoryAttachment {
  attachment: MessagesHistoryMessageAttachment
  /**
   * Message sending time
   */
  date: number
  /**
   * Message ID
   */
  message_id: number
  /**
   * Message Exipire ttl
   */
  message_expire_ttl?: number
  /**
   * Conversation Message ID
   */
  cmid: number
  /**
   * Message author's ID
   */
  from_id: number
  /**
   * Forward level (optional)
   */
  forward_level?: number
  was_listened?: boolean
  /**
   * Attachment position in the Message
   */
  position?: number
}
/**
 * Schema: `messages/objects.json#/definitions/messages_history_message_attachment`
 */
export interface MessagesHistoryMessageAttachment {
  audio?: AudioAudio
  audio_message?: MessagesAudioMessage
  doc?: DocsDoc
  graffiti?: MessagesGraffiti
  market?: MarketMarketItem
  photo?: PhotosPhoto
  type: MessagesHistoryMessageAttachmentType
}
/**
 * Schema: `messages/responses.json#/definitions/messages_isMessagesFromGroupAllowed_response`
 */
export interface MessagesIsMessagesFromGroupAllowedResponse {
  is_allowed?: BaseBoolInt
}
/**
 * Schema: `messages/responses.json#/definitions/messages_joinChatByInviteLink_response`
 */
export interface MessagesJoinChatByInviteLinkResponse {
  chat_id?: number
}
/**
 * Schema: `messages/objects.json#/definitions/messages_keyboard`
 */
export interface MessagesKeyboard {
  /**
   * Hide the keyboard after a text or location button is pressed; not supported by inline keyboards
   */
  one_time?: boolean
  /**
   * Rows of buttons; an empty list removes the keyboard
   */
  buttons: MessagesKeyboardButton[][]
  /**
   * Community or bot, which set this keyboard
   */
  author_id?: number
  inline?: boolean
}
/**
 * Schema: `messages/objects.json#/definitions/messages_keyboard_button`
 */
export interface MessagesKeyboardButton {
  action: MessagesKeyboardButtonPropertyAction
  /**
   * Button colour, for text and callback buttons only; secondary (white) when left out
   */
  color?: "primary" | "secondary" | "negative" | "positive"
}
/**
 * Sends a message_event to the bot without a message; the bot answers with messages.sendMessageEventAnswer
 *
 * Schema: `messages/objects.json#/definitions/messages_keyboard_button_action_callback`
 */
export interface MessagesKeyboardButtonActionCallback {
  type: "callback"
  /**
   * Text on the button, at most 40 characters
   */
  label: string
  /**
   * JSON sent back with the message or message_event when the button is pressed, at most 255 characters
   */
  payload?: string
}
/**
 * Subscribes the user to the community's messages with the given intent
 *
 * Schema: `messages/objects.json#/definitions/messages_keyboard_button_action_intent_subscribe`
 */
export interface MessagesKeyboardButtonActionIntentSubscribe {
  type: "intent_subscribe"
  /**
   * Text on the button, at most 40 characters
   */
  label: string
  intent: "confirmed_notification" | "promo_newsletter" | "non_promo_newsletter"
  /**
   * Subscription ID, for promo_newsletter and non_promo_newsletter
   */
  subscribe_id?: number
  /**
   * JSON sent back with the message or message_event when the button is pressed, at most 255 characters
   */
  payload?: string
}
/**
 * Unsubscribes the user from the community's messages with the given intent
 *
 * Schema: `messages/objects.json#/definitions/messages_keyboard_button_action_intent_unsubscribe`
 */
export interface MessagesKeyboardButtonActionIntentUnsubscribe {
  type: "intent_unsubscribe"
  /**
   * Text on the button, at most 40 characters
   */
  label: string
  intent: "confirmed_notification" | "promo_newsletter" | "non_promo_newsletter"
  /**
   * Subscription ID, for promo_newsletter and non_promo_newsletter
   */
  subscribe_id?: number
  /**
   * JSON sent back with the message or message_event when the button is pressed, at most 255 characters
   */
  payload?: string
}
/**
 * Sends the user's location (takes a whole row)
 *
 * Schema: `messages/objects.json#/definitions/messages_keyboard_button_action_location`
 */
export interface MessagesKeyboardButtonActionLocation {
  type: "location"
  /**
   * JSON sent back with the message or message_event when the button is pressed, at most 255 characters
   */
  payload?: string
}
/**
 * Opens a VK Mini App
 *
 * Schema: `messages/objects.json#/definitions/messages_keyboard_button_action_open_app`
 */
export interface MessagesKeyboardButtonActionOpenApp {
  type: "open_app"
  /**
   * Text on the button, at most 40 characters
   */
  label: string
  /**
   * ID of the app to open
   */
  app_id: number
  /**
   * ID of the community the app is installed in, to open it in that community's context
   */
  owner_id?: number
  /**
   * Hash for navigation inside the app, passed in the launch parameters after #
   */
  hash?: string
  /**
   * JSON sent back with the message or message_event when the button is pressed, at most 255 characters
   */
  payload?: string
}
/**
 * Opens a link
 *
 * Schema: `messages/objects.json#/definitions/messages_keyboard_button_action_open_link`
 */
export interface MessagesKeyboardButtonActionOpenLink {
  type: "open_link"
  /**
   * Text on the button, at most 40 characters
   */
  label: string
  /**
   * Link to open
   */
  link: string
  /**
   * JSON sent back with the message or message_event when the button is pressed, at most 255 characters
   */
  payload?: string
}
/**
 * Description of the action, that should be performed on button click
 *
 * Schema: `messages/objects.json#/definitions/messages_keyboard_button_action_open_photo`
 */
export interface MessagesKeyboardButtonActionOpenPhoto {
  type: "open_photo"
}
/**
 * Sends a message with the label as text
 *
 * Schema: `messages/objects.json#/definitions/messages_keyboard_button_action_text`
 */
export interface MessagesKeyboardButtonActionText {
  type: "text"
  /**
   * Text on the button, at most 40 characters
   */
  label: string
  /**
   * JSON sent back with the message or message_event when the button is pressed, at most 255 characters
   */
  payload?: string
}
/**
 * Opens the VK Pay window (takes a whole row)
 *
 * Schema: `messages/objects.json#/definitions/messages_keyboard_button_action_vkpay`
 */
export interface MessagesKeyboardButtonActionVkpay {
  type: "vkpay"
  /**
   * VK Pay parameters, e.g. action=transfer-to-group&group_id=1&aid=10
   */
  hash: string
  /**
   * JSON sent back with the message or message_event when the button is pressed, at most 255 characters
   */
  payload?: string
}
/**
 * Schema: `messages/objects.json#/definitions/messages_last_activity`
 */
export interface MessagesLastActivity {
  /**
   * Information whether user is online
   */
  online: BaseBoolInt
  /**
   * Time when user was online in Unixtime
   */
  time: number
}
/**
 * Schema: `messages/objects.json#/definitions/messages_longpoll_messages`
 */
export interface MessagesLongpollMessages {
  /**
   * Total number
   */
  count?: number
  items?: MessagesMessage[]
}
/**
 * Schema: `messages/objects.json#/definitions/messages_longpoll_params`
 */
export interface MessagesLongpollParams {
  /**
   * Server URL
   */
  server: string
  /**
   * Key
   */
  key: string
  /**
   * Timestamp
   */
  ts: number
  /**
   * Persistent timestamp
   */
  pts?: number
}
/**
 * Schema: `messages/objects.json#/definitions/messages_message`
 */
export interface MessagesMessage extends MessagesBaseMessage {
  /**
   * Is it an important message
   */
  important?: boolean
  is_hidden?: boolean
  /**
   * Members number
   */
  members_count?: number
  reply_message?: MessagesForeignMessage
  /**
   * Reaction id set on message
   */
  reaction_id?: number
  /**
   * Actual reactions counters on this message
   */
  reactions?: MessagesReactionCounterResponseItem[]
  /**
   * Last reaction id set on this message
   */
  last_reaction_id?: number
  /**
   * Is message pinned in its conversation
   */
  is_pinned?: boolean
  /**
   * Was the audio message inside already listened by you
   */
  was_listened?: boolean
  /**
   * Date when the message has been pinned in Unixtime
   */
  pinned_at?: number
}
/**
 * Schema: `messages/objects.json#/definitions/messages_message_action`
 */
export interface MessagesMessageAction {
  /**
   * Message ID
   */
  conversation_message_id?: number
  /**
   * Email address for chat_invite_user or chat_kick_user actions
   */
  email?: string
  /**
   * User or email peer ID
   */
  member_id?: number
  /**
   * Message body of related message
   */
  message?: string
  photo?: MessagesMessageActionPhoto
  /**
   * New chat title for chat_create and chat_title_update actions
   */
  text?: string
  type: MessagesMessageActionStatus
}
/**
 * Schema: `messages/objects.json#/definitions/messages_message_action_photo`
 */
export interface MessagesMessageActionPhoto {
  /**
   * URL of the preview image with 50px in width
   */
  photo_50: string
  /**
   * URL of the preview image with 100px in width
   */
  photo_100: string
  /**
   * URL of the preview image with 200px in width
   */
  photo_200: string
}
/**
 * Schema: `messages/objects.json#/definitions/messages_message_attachment`
 */
export interface MessagesMessageAttachment {
  audio?: AudioAudio
  audio_message?: MessagesAudioMessage
  call?: CallsCall
  doc?: DocsDoc
  gift?: GiftsLayout
  graffiti?: MessagesGraffiti
  market?: MarketMarketItem
  market_market_album?: MarketMarketAlbum
  photo?: PhotosPhoto
  sticker?: BaseSticker
  story?: StoriesStory
  type: MessagesMessageAttachmentType
  wall_reply?: WallWallComment
  poll?: PollsPoll
}
/**
 * Schema: `messages/objects.json#/definitions/messages_message_request_data`
 */
export interface MessagesMessageRequestData {
  /**
   * Status of message request
   */
  status?: string
  /**
   * Message request sender id
   */
  inviter_id?: number
  /**
   * Message request date
   */
  request_date?: number
}
/**
 * Schema: `messages/objects.json#/definitions/messages_messages_array`
 */
export interface MessagesMessagesArray {
  count?: number
  items?: MessagesMessage[]
}
/**
 * Schema: `messages/objects.json#/definitions/messages_out_read_by`
 */
export interface MessagesOutReadBy {
  count?: number
  member_ids?: number[]
}
/**
 * Schema: `messages/objects.json#/definitions/messages_pinned_message`
 */
export interface MessagesPinnedMessage {
  attachments?: MessagesMessageAttachment[]
  /**
   * Unique auto-incremented number for all messages with this peer
   */
  conversation_message_id: number
  /**
   * Message ID
   */
  id: number
  /**
   * Date when the message has been sent in Unixtime
   */
  date: number
  /**
   * Message author's ID
   */
  from_id: number
  /**
   * Forwarded messages
   */
  fwd_messages?: MessagesForeignMessage[]
  geo?: BaseGeo
  /**
   * Peer ID
   */
  peer_id: number
  reply_message?: MessagesForeignMessage
  /**
   * Message text
   */
  text: string
  keyboard?: MessagesKeyboard
  /**
   * Information whether the message is outcoming
   */
  out?: boolean
  /**
   * Is it an important message
   */
  important?: boolean
}
/**
 * Schema: `messages/objects.json#/definitions/messages_push_settings`
 */
export interface MessagesPushSettings {
  /**
   * Information whether push notifications are disabled forever
   */
  disabled_forever: boolean
  /**
   * Time until what notifications are disabled
   */
  disabled_until?: number
  /**
   * Information whether the sound is on
   */
  no_sound: boolean
  /**
   * Information whether the mentions are disabled
   */
  disabled_mentions?: boolean
  /**
   * Information whether the mass mentions (like '@all', '@online') are disabled
   */
  disabled_mass_mentions?: boolean
}
/**
 * Schema: `messages/objects.json#/definitions/messages_reaction_asset_item`
 */
export interface MessagesReactionAssetItem {
  reaction_id: number
  /**
   * Liks to reactions assets for each asset type
   */
  links: MessagesReactionAssetItemLinks
}
/**
 * Schema: `messages/objects.json#/definitions/messages_reaction_asset_item_links`
 */
export interface MessagesReactionAssetItemLinks {
  /**
   * Big reaction animation json file
   */
  big_animation: string
  /**
   * Small reaction animation json file
   */
  small_animation: string
  /**
   * Reaction image file
   */
  static: string
}
/**
 * Schema: `messages/objects.json#/definitions/messages_reaction_counter_response_item`
 */
export interface MessagesReactionCounterResponseItem {
  reaction_id: number
  count: number
  user_ids: number[]
}
/**
 * Schema: `messages/objects.json#/definitions/messages_reaction_counters_response_item`
 */
export interface MessagesReactionCountersResponseItem {
  cmid: number
  counters: MessagesReactionCounterResponseItem[]
}
/**
 * Schema: `messages/objects.json#/definitions/messages_reaction_response_item`
 */
export interface MessagesReactionResponseItem {
  user_id: number
  reaction_id: number
}
/**
 * Schema: `messages/responses.json#/definitions/messages_searchConversations_extended_response`
 */
export interface MessagesSearchConversationsExtendedResponse {
  /**
   * Total results number
   */
  count: number
  items: MessagesConversation[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_searchConversations_response`
 */
export interface MessagesSearchConversationsResponse {
  /**
   * Total results number
   */
  count: number
  items: MessagesConversation[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_search_extended_response`
 */
export interface MessagesSearchExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: MessagesMessage[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
  conversations?: MessagesConversation[]
}
/**
 * Schema: `messages/responses.json#/definitions/messages_search_response`
 */
export interface MessagesSearchResponse {
  /**
   * Total number
   */
  count: number
  items: MessagesMessage[]
}
/**
 * Schema: `messages/objects.json#/definitions/messages_send_user_ids_response_item`
 */
export interface MessagesSendUserIdsResponseItem {
  peer_id: number
  message_id: number
  conversation_message_id: number
  error?: BaseMessageError
}
/**
 * Schema: `messages/responses.json#/definitions/messages_setChatPhoto_response`
 */
export interface MessagesSetChatPhotoResponse {
  /**
   * Service message ID
   */
  message_id?: number
  chat?: MessagesChat
}
/**
 * A carousel: elements scrolled horizontally; messages.send needs message text with it
 *
 * Schema: `messages/objects.json#/definitions/messages_template_carousel`
 */
export interface MessagesTemplateCarousel {
  type: "carousel"
  /**
   * At most 10 elements
   */
  elements: MessagesTemplateCarouselElement[]
}
/**
 * One carousel element; every element must have the structure of the first (same fields, same number of buttons)
 *
 * Schema: `messages/objects.json#/definitions/messages_template_carousel_element`
 */
export interface MessagesTemplateCarouselElement {
  /**
   * Title, at most 80 characters
   */
  title?: string
  /**
   * Subtitle, at most 80 characters
   */
  description?: string
  /**
   * Photo to show, as owner_id_photo_id (e.g. -1_456239017)
   */
  photo_id?: string
  /**
   * At most 3 keyboard buttons
   */
  buttons: MessagesKeyboardButton[]
  action?: MessagesTemplateCarouselElementAction
}
/**
 * Opens a link when the carousel element is pressed
 *
 * Schema: `messages/objects.json#/definitions/messages_template_carousel_element_action_open_link`
 */
export interface MessagesTemplateCarouselElementActionOpenLink {
  type: "open_link"
  /**
   * Link to open
   */
  link: string
}
/**
 * Schema: `messages/objects.json#/definitions/messages_user_xtr_invited_by`
 */
export interface MessagesUserXtrInvitedBy extends Omit<UsersUserXtrType, "type"> {
  type?: MessagesUserTypeForXtrInvitedBy
  /**
   * ID of the inviter
   */
  invited_by?: number
  /**
   * Name of group
   */
  name?: string
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_comments_base`
 */
export interface NewsfeedCommentsBase extends BaseCommentsInfo {

}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_comments_item_base`
 */
export interface NewsfeedCommentsItemBase {
  type: NewsfeedNewsfeedItemType
  source_id?: number
  date?: number
  post_id?: number
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_comments_item_type_market`
 */
export interface NewsfeedCommentsItemTypeMarket extends Omit<MarketMarketItem, "date" | "post_id">, NewsfeedCommentsItemBase {
  date?: number
  post_id?: number
  comments?: NewsfeedCommentsBase
  likes?: BaseLikes
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_comments_item_type_notes`
 */
export interface NewsfeedCommentsItemTypeNotes extends NewsfeedCommentsItemBase {
  text?: string
  comments?: NewsfeedCommentsBase
  likes?: BaseLikes
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_comments_item_type_photo`
 */
export interface NewsfeedCommentsItemTypePhoto extends Omit<PhotosPhoto, "date" | "post_id" | "comments">, NewsfeedCommentsItemBase {
  date: number
  post_id?: number
  comments?: NewsfeedCommentsBase
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_comments_item_type_post`
 */
export interface NewsfeedCommentsItemTypePost extends Omit<WallWallpostFull, "comments" | "type">, NewsfeedCommentsItemBase {
  date?: number
  from_id?: number
  post_id?: number
  comments?: NewsfeedCommentsBase
  type: NewsfeedNewsfeedItemType
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_comments_item_type_topic`
 */
export interface NewsfeedCommentsItemTypeTopic extends NewsfeedCommentsItemBase {
  text?: string
  comments?: NewsfeedCommentsBase
  likes?: BaseLikes
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_comments_item_type_video`
 */
export interface NewsfeedCommentsItemTypeVideo extends Omit<VideoVideo, "comments" | "date" | "type">, Omit<NewsfeedCommentsItemBase, "type"> {
  comments?: NewsfeedCommentsBase
  date?: number
  type: "video" | "music_video" | "movie" | "live" | "short_video"
  text?: string
}
/**
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_generic_response`
 */
export interface NewsfeedGenericResponse {
  items: NewsfeedNewsfeedItem[]
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
  lives_items?: NewsfeedNewsfeedItem[]
}
/**
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_getBanned_extended_response`
 */
export interface NewsfeedGetBannedExtendedResponse {
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_getBanned_response`
 */
export interface NewsfeedGetBannedResponse {
  groups?: number[]
  members?: number[]
}
/**
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_getComments_response`
 */
export interface NewsfeedGetCommentsResponse {
  items: NewsfeedCommentsItem[]
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
  /**
   * Next from value
   */
  next_from?: string
}
/**
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_getLists_extended_response`
 */
export interface NewsfeedGetListsExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: NewsfeedListFull[]
}
/**
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_getLists_response`
 */
export interface NewsfeedGetListsResponse {
  /**
   * Total number
   */
  count: number
  items: NewsfeedList[]
}
/**
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_getMentions_response`
 */
export interface NewsfeedGetMentionsResponse {
  /**
   * Total number
   */
  count: number
  items: WallWallpostFull[]
}
/**
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_getSuggestedSources_response`
 */
export interface NewsfeedGetSuggestedSourcesResponse {
  /**
   * Total number
   */
  count: number
  items: UsersSubscriptionsItem[]
}
/**
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_ignore_item_response`
 */
export interface NewsfeedIgnoreItemResponse {
  status: boolean
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_audio`
 */
export interface NewsfeedItemAudio extends NewsfeedItemBase {
  audio?: NewsfeedItemAudioAudio
  /**
   * Post ID
   */
  post_id?: number
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_audio_audio`
 */
export interface NewsfeedItemAudioAudio {
  /**
   * Audios number
   */
  count?: number
  items?: AudioAudio[]
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_base`
 */
export interface NewsfeedItemBase {
  type: NewsfeedNewsfeedItemType
  /**
   * Item source ID
   */
  source_id: number
  /**
   * Date when item has been added in Unixtime
   */
  date: number
  /**
   * Preview length control parameter
   */
  short_text_rate?: number
  feedback?: NewsfeedItemWallpostFeedback
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_digest`
 */
export interface NewsfeedItemDigest extends NewsfeedItemBase {
  /**
   * id of feed in digest
   */
  feed_id?: string
  items?: NewsfeedItemDigestItem[]
  main_post_ids?: string[]
  /**
   * type of digest
   */
  template?: "list" | "grid" | "single"
  header?: NewsfeedItemDigestHeader
  footer?: NewsfeedItemDigestFooter
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_digest_button`
 */
export interface NewsfeedItemDigestButton {
  title: string
  style?: "primary"
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_digest_footer`
 */
export interface NewsfeedItemDigestFooter {
  style: "text" | "button"
  /**
   * text for invite to enable smart feed
   */
  text: string
  button?: NewsfeedItemDigestButton
  feed_id?: string
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_digest_full_item`
 */
export interface NewsfeedItemDigestFullItem extends NewsfeedItemBase {
  inner_type: "newsfeed_item_digest_full_item"
  text?: string
  source_name?: string
  attachment_index?: number
  attachment?: WallWallpostAttachment
  style?: "default" | "inversed" | "spotlight"
  post: NewsfeedItemWallpost
  /**
   * Optional red badge for posts in digest block
   */
  badge_text?: string
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_digest_header`
 */
export interface NewsfeedItemDigestHeader {
  /**
   * Title of the header
   */
  title: string
  /**
   * Subtitle of the header, when title have two strings
   */
  subtitle?: string
  /**
   * Optional field for red badge in Trends feed blocks
   */
  badge_text?: string
  style: "singleline" | "multiline"
  button?: NewsfeedItemDigestButton
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_friend`
 */
export interface NewsfeedItemFriend extends NewsfeedItemBase {
  friends?: NewsfeedItemFriendFriends
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_friend_friends`
 */
export interface NewsfeedItemFriendFriends {
  /**
   * Number of friends has been added
   */
  count?: number
  items?: BaseUserId[]
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_holiday_recommendations_block_header`
 */
export interface NewsfeedItemHolidayRecommendationsBlockHeader {
  /**
   * Title of the header
   */
  title?: string
  /**
   * Subtitle of the header
   */
  subtitle?: string
  image?: BaseImage[]
  action?: BaseLinkButtonAction
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_photo`
 */
export interface NewsfeedItemPhoto extends WallCarouselBase, NewsfeedItemBase {
  photos?: NewsfeedItemPhotoPhotos
  /**
   * Post ID
   */
  post_id?: number
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_photo_photos`
 */
export interface NewsfeedItemPhotoPhotos {
  /**
   * Photos number
   */
  count?: number
  items?: PhotosPhoto[]
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_photo_tag`
 */
export interface NewsfeedItemPhotoTag extends WallCarouselBase, NewsfeedItemBase {
  photo_tags?: NewsfeedItemPhotoTagPhotoTags
  /**
   * Post ID
   */
  post_id?: number
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_photo_tag_photo_tags`
 */
export interface NewsfeedItemPhotoTagPhotoTags {
  /**
   * Tags number
   */
  count?: number
  items?: PhotosPhoto[]
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_promo_button`
 */
export interface NewsfeedItemPromoButton extends NewsfeedItemBase {
  text?: string
  title?: string
  action?: NewsfeedItemPromoButtonAction
  images?: NewsfeedItemPromoButtonImage[]
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_promo_button_action`
 */
export interface NewsfeedItemPromoButtonAction {
  url?: string
  type?: string
  target?: string
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_promo_button_image`
 */
export interface NewsfeedItemPromoButtonImage {
  width?: number
  height?: number
  url?: string
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_topic`
 */
export interface NewsfeedItemTopic extends NewsfeedItemBase {
  comments?: BaseCommentsInfo
  likes?: BaseLikesInfo
  /**
   * Topic post ID
   */
  post_id: number
  /**
   * Post text
   */
  text: string
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_video`
 */
export interface NewsfeedItemVideo extends WallCarouselBase, NewsfeedItemBase {
  video?: NewsfeedItemVideoVideo
  /**
   * Post ID
   */
  post_id?: number
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_video_video`
 */
export interface NewsfeedItemVideoVideo {
  /**
   * Tags number
   */
  count?: number
  items?: VideoVideoFull[]
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_wallpost`
 */
export interface NewsfeedItemWallpost extends WallCarouselBase, Omit<NewsfeedItemBase, "type">, WallWallpostFull {
  type: WallPostType
  /**
   * Date of publishing in Unixtime
   */
  date: number
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_wallpost_feedback`
 */
export interface NewsfeedItemWallpostFeedback {
  type: NewsfeedItemWallpostFeedbackType
  question: string
  answers?: NewsfeedItemWallpostFeedbackAnswer[]
  stars_count?: number
  descriptions?: string[]
  gratitude?: string
  track_code?: string
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_item_wallpost_feedback_answer`
 */
export interface NewsfeedItemWallpostFeedbackAnswer {
  title: string
  id: string
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_list`
 */
export interface NewsfeedList {
  /**
   * List ID
   */
  id: number
  /**
   * List title
   */
  title: string
}
/**
 * Schema: `newsfeed/objects.json#/definitions/newsfeed_list_full`
 */
export interface NewsfeedListFull extends NewsfeedList {
  /**
   * Information whether reposts hiding is enabled
   */
  no_reposts?: BaseBoolInt
  source_ids?: number[]
}
/**
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_search_extended_response`
 */
export interface NewsfeedSearchExtendedResponse {
  items: WallWallpostFull[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
  suggested_queries?: string[]
  next_from?: string
  /**
   * Filtered number
   */
  count: number
  /**
   * Total number
   */
  total_count?: number
}
/**
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_search_extended_strict_response`
 */
export interface NewsfeedSearchExtendedStrictResponse {
  items: WallWallpostFull[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
  suggested_queries?: string[]
  next_from?: string
  /**
   * Filtered number
   */
  count: number
  /**
   * Total number
   */
  total_count?: number
}
/**
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_search_response`
 */
export interface NewsfeedSearchResponse {
  items: WallWallpostFull[]
  suggested_queries?: string[]
  next_from?: string
  /**
   * Filtered number
   */
  count: number
  /**
   * Total number
   */
  total_count?: number
}
/**
 * Schema: `newsfeed/responses.json#/definitions/newsfeed_search_strict_response`
 */
export interface NewsfeedSearchStrictResponse {
  items: WallWallpostFull[]
  suggested_queries?: string[]
  next_from?: string
  /**
   * Filtered number
   */
  count: number
  /**
   * Total number
   */
  total_count?: number
}
/**
 * Schema: `notes/responses.json#/definitions/notes_getComments_response`
 */
export interface NotesGetCommentsResponse {
  /**
   * Total number
   */
  count: number
  items: NotesNoteComment[]
}
/**
 * Schema: `notes/responses.json#/definitions/notes_get_response`
 */
export interface NotesGetResponse {
  /**
   * Total number
   */
  count: number
  items: NotesNote[]
}
/**
 * Schema: `notes/objects.json#/definitions/notes_note`
 */
export interface NotesNote {
  read_comments?: number
  /**
   * Information whether current user can comment the note
   */
  can_comment?: BaseBoolInt
  /**
   * Comments number
   */
  comments: number
  /**
   * Date when the note has been created in Unixtime
   */
  date: number
  /**
   * Note ID
   */
  id: number
  /**
   * Note owner's ID
   */
  owner_id: number
  /**
   * Note text
   */
  text?: string
  /**
   * Note text in wiki format
   */
  text_wiki?: string
  /**
   * Note title
   */
  title: string
  /**
   * URL of the page with note preview
   */
  view_url: string
  privacy_view?: string[]
  privacy_comment?: string[]
}
/**
 * Schema: `notes/objects.json#/definitions/notes_note_comment`
 */
export interface NotesNoteComment {
  /**
   * Date when the comment has beed added in Unixtime
   */
  date: number
  /**
   * Comment ID
   */
  id: number
  /**
   * Comment text
   */
  message: string
  /**
   * Note ID
   */
  nid: number
  /**
   * Note ID
   */
  oid: number
  /**
   * ID of replied comment
   */
  reply_to?: number
  /**
   * Comment author's ID
   */
  uid: number
}
/**
 * Schema: `notifications/objects.json#/definitions/notifications_feedback`
 */
export interface NotificationsFeedback {
  attachments?: WallWallpostAttachment[]
  /**
   * Reply author's ID
   */
  from_id?: number
  geo?: BaseGeo
  /**
   * Item ID
   */
  id?: number
  likes?: BaseLikesInfo
  /**
   * Reply text
   */
  text?: string
  /**
   * Wall owner's ID
   */
  to_id?: number
}
/**
 * Schema: `notifications/responses.json#/definitions/notifications_get_response`
 */
export interface NotificationsGetResponse {
  /**
   * Total number
   */
  count: number
  items: NotificationsNotificationItem[]
  profiles?: UsersUser[]
  groups?: GroupsGroup[]
  /**
   * Time when user has been checked notifications last time
   */
  last_viewed?: number
  photos?: PhotosPhoto[]
  videos?: VideoVideoFull[]
  apps?: AppsApp[]
  next_from?: string
  ttl?: number
}
/**
 * Schema: `notifications/objects.json#/definitions/notifications_notification`
 */
export interface NotificationsNotification {
  inner_type: "notifications_notification"
  /**
   * Date when the event has been occurred
   */
  date?: number
  feedback?: NotificationsFeedback
  parent?: NotificationsNotification
  reply?: NotificationsReply
  /**
   * Notification type
   */
  type?: string
}
/**
 * Schema: `notifications/objects.json#/definitions/notifications_reply`
 */
export interface NotificationsReply {
  /**
   * Date when the reply has been created in Unixtime
   */
  date?: number
  /**
   * Reply ID
   */
  id?: number
  /**
   * Reply text
   */
  text?: number
}
/**
 * Schema: `notifications/objects.json#/definitions/notifications_send_message_error`
 */
export interface NotificationsSendMessageError {
  /**
   * Error code
   */
  code?: 1 | 2 | 3 | 4
  /**
   * Error description
   */
  description?: string
}
/**
 * Schema: `notifications/objects.json#/definitions/notifications_send_message_item`
 */
export interface NotificationsSendMessageItem {
  /**
   * User ID
   */
  user_id?: number
  /**
   * Notification status
   */
  status?: boolean
  error?: NotificationsSendMessageError
}
/**
 * Schema: `oauth/objects.json#/definitions/oauth_error`
 */
export interface OauthError {
  /**
   * Error type
   */
  error: string
  /**
   * Error description
   */
  error_description: string
  /**
   * URI for validation
   */
  redirect_uri?: string
}
/**
 * Schema: `orders/objects.json#/definitions/orders_amount`
 */
export interface OrdersAmount {
  amounts?: OrdersAmountItem[]
  /**
   * Currency name
   */
  currency?: string
}
/**
 * Schema: `orders/objects.json#/definitions/orders_amount_item`
 */
export interface OrdersAmountItem {
  /**
   * Votes amount in user's currency
   */
  amount?: number
  /**
   * Amount description
   */
  description?: string
  /**
   * Votes number
   */
  votes?: string
}
/**
 * Schema: `orders/responses.json#/definitions/orders_getUserSubscriptions_response`
 */
export interface OrdersGetUserSubscriptionsResponse {
  /**
   * Total number
   */
  count: number
  items: OrdersSubscription[]
}
/**
 * Schema: `orders/objects.json#/definitions/orders_order`
 */
export interface OrdersOrder {
  /**
   * Amount
   */
  amount: string
  /**
   * App order ID
   */
  app_order_id: string
  /**
   * Cancel transaction ID
   */
  cancel_transaction_id?: string
  /**
   * Date of creation in Unixtime
   */
  date: string
  /**
   * Order ID
   */
  id: string
  /**
   * Order item
   */
  item: string
  /**
   * Receiver ID
   */
  receiver_id: string
  /**
   * Order status
   */
  status: "created" | "charged" | "refunded" | "chargeable" | "cancelled" | "declined"
  /**
   * Transaction ID
   */
  transaction_id?: string
  /**
   * User ID
   */
  user_id: string
}
/**
 * Schema: `orders/objects.json#/definitions/orders_subscription`
 */
export interface OrdersSubscription {
  /**
   * Cancel reason
   */
  cancel_reason?: string
  /**
   * Date of creation in Unixtime
   */
  create_time: number
  /**
   * Subscription ID
   */
  id: number
  /**
   * Subscription order item
   */
  item_id: string
  /**
   * Date of next bill in Unixtime
   */
  next_bill_time?: number
  /**
   * Subscription expiration time in Unixtime
   */
  expire_time?: number
  /**
   * Pending cancel state
   */
  pending_cancel?: boolean
  /**
   * Subscription period
   */
  period: number
  /**
   * Date of last period start in Unixtime
   */
  period_start_time: number
  /**
   * Subscription price
   */
  price: number
  /**
   * Subscription name
   */
  title?: string
  /**
   * Subscription's application id
   */
  app_id?: number
  /**
   * Subscription's application name
   */
  application_name?: string
  /**
   * Item photo image url
   */
  photo_url?: string
  /**
   * Subscription status
   */
  status: string
  /**
   * Is test subscription
   */
  test_mode?: boolean
  /**
   * Date of trial expire in Unixtime
   */
  trial_expire_time?: number
  /**
   * Date of last change in Unixtime
   */
  update_time: number
  /**
   * Is game (not miniapp) subscription
   */
  is_game?: boolean
}
/**
 * Schema: `owner/objects.json#/definitions/owner_state`
 */
export interface OwnerState {
  state?: 1 | 2 | 3 | 4 | 5
  /**
   * wiki text to describe user state
   */
  description?: string
}
/**
 * Schema: `pages/responses.json#/definitions/pages_getVersion_response`
 */
export interface PagesGetVersionResponse {
  id: number
  page_id: number
  group_id: number
  title: string
  source: string
  current_user_can_edit: number
  who_can_view: number
  who_can_edit: number
  version_created: number
  creator_id?: number
  parent?: string
  parent2?: string
  html?: string
}
/**
 * Schema: `pages/objects.json#/definitions/pages_wikipage`
 */
export interface PagesWikipage {
  /**
   * Page creator ID
   */
  creator_id?: number
  /**
   * Page creator name
   */
  creator_name?: string
  /**
   * Last editor ID
   */
  editor_id?: number
  /**
   * Last editor name
   */
  editor_name?: string
  /**
   * Community ID
   */
  group_id: number
  /**
   * Page ID
   */
  id: number
  /**
   * Page title
   */
  title: string
  /**
   * Views number
   */
  views: number
  /**
   * Edit settings of the page
   */
  who_can_edit: PagesPrivacySettings
  /**
   * View settings of the page
   */
  who_can_view: PagesPrivacySettings
  created: number
  edited: number
}
/**
 * Schema: `pages/objects.json#/definitions/pages_wikipage_full`
 */
export interface PagesWikipageFull {
  /**
   * Date when the page has been created in Unixtime
   */
  created: number
  /**
   * Page creator ID
   */
  creator_id?: number
  /**
   * Information whether current user can edit the page
   */
  current_user_can_edit?: BaseBoolInt
  /**
   * Information whether current user can edit the page access settings
   */
  current_user_can_edit_access?: BaseBoolInt
  /**
   * Date when the page has been edited in Unixtime
   */
  edited: number
  /**
   * Last editor ID
   */
  editor_id?: number
  /**
   * Community ID
   */
  group_id: number
  /**
   * Page content, HTML
   */
  html?: string
  /**
   * Page ID
   */
  id: number
  /**
   * Page content, wiki
   */
  source?: string
  /**
   * Page title
   */
  title: string
  /**
   * URL of the page preview
   */
  view_url: string
  /**
   * Views number
   */
  views: number
  /**
   * Edit settings of the page
   */
  who_can_edit: PagesPrivacySettings
  /**
   * View settings of the page
   */
  who_can_view: PagesPrivacySettings
  /**
   * URL
   */
  url?: string
  /**
   * Parent
   */
  parent?: string
  /**
   * Parent2
   */
  parent2?: string
  /**
   * Owner ID
   */
  owner_id?: number
}
/**
 * Schema: `pages/objects.json#/definitions/pages_wikipage_history`
 */
export interface PagesWikipageHistory {
  /**
   * Version ID
   */
  id: number
  /**
   * Page size in bytes
   */
  length: number
  /**
   * Date when the page has been edited in Unixtime
   */
  date: number
  /**
   * Last editor ID
   */
  editor_id: number
  /**
   * Last editor name
   */
  editor_name: string
}
/**
 * Schema: `photos/responses.json#/definitions/photos_getAlbums_response`
 */
export interface PhotosGetAlbumsResponse {
  /**
   * Total number
   */
  count: number
  items: PhotosPhotoAlbumFull[]
}
/**
 * Schema: `photos/responses.json#/definitions/photos_getAllComments_response`
 */
export interface PhotosGetAllCommentsResponse {
  /**
   * Total number
   */
  count: number
  items: WallWallComment[]
}
/**
 * Schema: `photos/responses.json#/definitions/photos_getAll_response`
 */
export interface PhotosGetAllResponse {
  /**
   * Total number
   */
  count: number
  items: PhotosPhoto[]
  /**
   * Information whether next page is presented
   */
  more?: BaseBoolInt
}
/**
 * Schema: `photos/responses.json#/definitions/photos_getComments_extended_response`
 */
export interface PhotosGetCommentsExtendedResponse {
  /**
   * Total number
   */
  count: number
  /**
   * Real offset of the comments
   */
  real_offset?: number
  items: WallWallComment[]
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
}
/**
 * Schema: `photos/responses.json#/definitions/photos_getComments_response`
 */
export interface PhotosGetCommentsResponse {
  /**
   * Total number
   */
  count: number
  /**
   * Real offset of the comments
   */
  real_offset?: number
  items: WallWallComment[]
}
/**
 * Schema: `photos/responses.json#/definitions/photos_getNewTags_response`
 */
export interface PhotosGetNewTagsResponse {
  /**
   * Total number
   */
  count: number
  items: PhotosPhotoXtrTagInfo[]
}
/**
 * Schema: `photos/responses.json#/definitions/photos_getUserPhotos_response`
 */
export interface PhotosGetUserPhotosResponse {
  /**
   * Total number
   */
  count: number
  items: PhotosPhoto[]
  /**
   * next from pagination cursor
   */
  next_from?: string
}
/**
 * Schema: `photos/responses.json#/definitions/photos_get_response`
 */
export interface PhotosGetResponse {
  /**
   * Total number
   */
  count: number
  items: PhotosPhoto[]
  /**
   * next from pagination cursor
   */
  next_from?: string
}
/**
 * Schema: `photos/objects.json#/definitions/photos_image`
 */
export interface PhotosImage {
  /**
   * Height of the photo in px.
   */
  height?: number
  type?: PhotosImageType
  /**
   * Photo URL.
   */
  url?: string
  /**
   * Width of the photo in px.
   */
  width?: number
}
/**
 * Schema: `photos/responses.json#/definitions/photos_market_album_upload_response`
 */
export interface PhotosMarketAlbumUploadResponse {
  /**
   * Community ID
   */
  gid?: number
  /**
   * Uploading hash
   */
  hash?: string
  /**
   * Uploaded photo data
   */
  photo?: string
  /**
   * Upload server number
   */
  server?: number
}
/**
 * Schema: `photos/responses.json#/definitions/photos_market_upload_response`
 */
export interface PhotosMarketUploadResponse {
  /**
   * Crop data
   */
  crop_data?: string
  /**
   * Crop hash
   */
  crop_hash?: string
  /**
   * Community ID
   */
  group_id?: number
  /**
   * Uploading hash
   */
  hash?: string
  /**
   * Uploaded photo data
   */
  photo?: string
  /**
   * Upload server number
   */
  server?: number
}
/**
 * Schema: `photos/responses.json#/definitions/photos_message_upload_response`
 */
export interface PhotosMessageUploadResponse {
  /**
   * Uploading hash
   */
  hash?: string
  /**
   * Uploaded photo data
   */
  photo?: string
  /**
   * Upload server number
   */
  server?: number
}
/**
 * Schema: `photos/responses.json#/definitions/photos_owner_cover_upload_response`
 */
export interface PhotosOwnerCoverUploadResponse {
  /**
   * Uploading hash
   */
  hash?: string
  /**
   * Uploaded photo data
   */
  photo?: string
}
/**
 * Schema: `photos/responses.json#/definitions/photos_owner_upload_response`
 */
export interface PhotosOwnerUploadResponse {
  /**
   * Uploading hash
   */
  hash?: string
  /**
   * Uploaded photo data
   */
  photo?: string
  /**
   * Upload server number
   */
  server?: number
}
/**
 * Schema: `photos/objects.json#/definitions/photos_photo`
 */
export interface PhotosPhoto {
  /**
   * Access key for the photo
   */
  access_key?: string
  /**
   * Album ID
   */
  album_id: number
  /**
   * Date when uploaded
   */
  date: number
  /**
   * Original photo height
   */
  height?: number
  /**
   * Photo ID
   */
  id: number
  images?: PhotosImage[]
  /**
   * Latitude
   */
  lat?: number
  /**
   * Longitude
   */
  long?: number
  /**
   * Photo owner's ID
   */
  owner_id: number
  /**
   * URL of image with 2560 px width
   */
  photo_256?: string
  /**
   * Thumb Hash
   */
  thumb_hash?: string
  /**
   * Information whether current user can comment the photo
   */
  can_comment?: BaseBoolInt
  place?: string
  /**
   * Post ID
   */
  post_id?: number
  sizes?: PhotosPhotoSizes[]
  square_crop?: string
  /**
   * Photo caption
   */
  text?: string
  /**
   * ID of the user who have uploaded the photo
   */
  user_id?: number
  /**
   * Original photo width
   */
  width?: number
  /**
   * Whether photo has attached tag links
   */
  has_tags?: boolean
  likes?: BaseLikes
  comments?: BaseObjectCount
  reposts?: BaseRepostsInfo
  tags?: BaseObjectCount
  /**
   * Returns if the photo is hidden above the wall
   */
  hidden?: BasePropertyExists
  /**
   * Real position of the photo
   */
  real_offset?: number
  /**
   * Sets vertical alignment of a photo
   */
  vertical_align?: "top" | "middle" | "bottom"
}
/**
 * Schema: `photos/objects.json#/definitions/photos_photo_album`
 */
export interface PhotosPhotoAlbum {
  /**
   * Date when the album has been created in Unixtime
   */
  created: number
  /**
   * Photo album description
   */
  description?: string
  /**
   * Photo album ID
   */
  id: number
  /**
   * Album owner's ID
   */
  owner_id: number
  /**
   * Photos number
   */
  size: number
  thumb?: PhotosPhoto
  /**
   * Photo album title
   */
  title: string
  /**
   * Date when the album has been updated last time in Unixtime
   */
  updated: number
}
/**
 * Schema: `photos/objects.json#/definitions/photos_photo_album_full`
 */
export interface PhotosPhotoAlbumFull {
  /**
   * Information whether current user can upload photo to the album
   */
  can_upload?: BaseBoolInt
  /**
   * Information whether album comments are disabled
   */
  comments_disabled?: BaseBoolInt
  /**
   * Date when the album has been created in Unixtime, not set for system albums
   */
  created?: number
  /**
   * Photo album description
   */
  description?: string
  /**
   * album can delete
   */
  can_delete?: boolean
  /**
   * Photo album ID
   */
  id: number
  /**
   * album can be selected to feed
   */
  can_include_to_feed?: boolean
  /**
   * Need show privacy lock at album
   */
  is_locked?: boolean
  /**
   * Album owner's ID
   */
  owner_id: number
  /**
   * Photos number
   */
  size: number
  sizes?: PhotosPhotoSizes[]
  /**
   * Thumb photo ID
   */
  thumb_id?: number
  /**
   * Information whether the album thumb is last photo
   */
  thumb_is_last?: BaseBoolInt
  /**
   * URL of the thumb image
   */
  thumb_src?: string
  /**
   * Photo album title
   */
  title: string
  /**
   * Date when the album has been updated last time in Unixtime, not set for system albums
   */
  updated?: number
  /**
   * Information whether only community administrators can upload photos
   */
  upload_by_admins_only?: BaseBoolInt
}
/**
 * Schema: `photos/objects.json#/definitions/photos_photo_sizes`
 */
export interface PhotosPhotoSizes {
  /**
   * Height in px
   */
  height: number
  /**
   * URL of the image
   */
  url?: string
  /**
   * URL of the image
   */
  src?: string
  type: PhotosPhotoSizesType
  /**
   * Width in px
   */
  width: number
}
/**
 * Schema: `photos/objects.json#/definitions/photos_photo_tag`
 */
export interface PhotosPhotoTag {
  /**
   * Date when tag has been added in Unixtime
   */
  date: number
  /**
   * Tag ID
   */
  id: number
  /**
   * ID of the tag creator
   */
  placer_id: number
  /**
   * Tag description
   */
  tagged_name: string
  /**
   * Tagged description.
   */
  description?: string
  /**
   * Tagged user ID
   */
  user_id: number
  /**
   * Information whether the tag is reviewed
   */
  viewed: BaseBoolInt
  /**
   * Coordinate X of the left upper corner
   */
  x: number
  /**
   * Coordinate X of the right lower corner
   */
  x2: number
  /**
   * Coordinate Y of the left upper corner
   */
  y: number
  /**
   * Coordinate Y of the right lower corner
   */
  y2: number
}
/**
 * Schema: `photos/objects.json#/definitions/photos_photo_upload`
 */
export interface PhotosPhotoUpload {
  /**
   * Album ID
   */
  album_id: number
  /**
   * URL to upload photo
   */
  upload_url: string
  /**
   * Fallback URL if upload_url returned error
   */
  fallback_upload_url?: string
  /**
   * User ID
   */
  user_id: number
  /**
   * Group ID
   */
  group_id?: number
}
/**
 * Schema: `photos/responses.json#/definitions/photos_photo_upload_response`
 */
export interface PhotosPhotoUploadResponse {
  /**
   * Album ID
   */
  aid?: number
  /**
   * Uploading hash
   */
  hash?: string
  /**
   * Uploaded photo data
   */
  photo?: string
  /**
   * Uploaded photos data
   */
  photos_list?: string
  /**
   * Upload server number
   */
  server?: number
}
/**
 * Schema: `photos/objects.json#/definitions/photos_photo_xtr_tag_info`
 */
export interface PhotosPhotoXtrTagInfo {
  /**
   * Access key for the photo
   */
  access_key?: string
  /**
   * Album ID
   */
  album_id: number
  /**
   * Date when uploaded
   */
  date: number
  /**
   * Original photo height
   */
  height?: number
  /**
   * Photo ID
   */
  id: number
  /**
   * Latitude
   */
  lat?: number
  /**
   * Longitude
   */
  long?: number
  /**
   * Photo owner's ID
   */
  owner_id: number
  /**
   * URL of image with 1280 px width
   */
  photo_1280?: string
  /**
   * URL of image with 130 px width
   */
  photo_130?: string
  /**
   * URL of image with 2560 px width
   */
  photo_2560?: string
  /**
   * URL of image with 604 px width
   */
  photo_604?: string
  /**
   * URL of image with 75 px width
   */
  photo_75?: string
  /**
   * URL of image with 807 px width
   */
  photo_807?: string
  /**
   * ID of the tag creator
   */
  placer_id?: number
  /**
   * Post ID
   */
  post_id?: number
  sizes?: PhotosPhotoSizes[]
  /**
   * Date when tag has been added in Unixtime
   */
  tag_created?: number
  /**
   * Tag ID
   */
  tag_id?: number
  /**
   * Photo caption
   */
  text?: string
  /**
   * ID of the user who have uploaded the photo
   */
  user_id?: number
  /**
   * Original photo width
   */
  width?: number
  /**
   * Whether photo has attached tag links
   */
  has_tags?: boolean
}
/**
 * Schema: `photos/responses.json#/definitions/photos_saveOwnerCoverPhoto_response`
 */
export interface PhotosSaveOwnerCoverPhotoResponse {
  images?: BaseImage[]
}
/**
 * Schema: `photos/responses.json#/definitions/photos_saveOwnerPhoto_response`
 */
export interface PhotosSaveOwnerPhotoResponse {
  /**
   * Photo hash
   */
  photo_hash: string
  /**
   * Uploaded image url
   */
  photo_src: string
  /**
   * Uploaded image url
   */
  photo_src_big?: string
  /**
   * Uploaded image url
   */
  photo_src_small?: string
  /**
   * Returns 1 if profile photo is saved
   */
  saved?: number
  /**
   * Created post ID
   */
  post_id?: number
}
/**
 * Schema: `photos/responses.json#/definitions/photos_search_response`
 */
export interface PhotosSearchResponse {
  /**
   * Total number
   */
  count: number
  items: PhotosPhoto[]
}
/**
 * Schema: `photos/objects.json#/definitions/photos_tags_suggestion_item`
 */
export interface PhotosTagsSuggestionItem {
  title?: string
  caption?: string
  type?: string
  buttons?: PhotosTagsSuggestionItemButton[]
  photo?: PhotosPhoto
  tags?: PhotosPhotoTag[]
  track_code?: string
}
/**
 * Schema: `photos/objects.json#/definitions/photos_tags_suggestion_item_button`
 */
export interface PhotosTagsSuggestionItemButton {
  title?: string
  action?: "confirm" | "decline" | "show_tags"
  style?: "primary" | "secondary"
}
/**
 * Schema: `photos/responses.json#/definitions/photos_wall_upload_response`
 */
export interface PhotosWallUploadResponse {
  /**
   * Uploading hash
   */
  hash?: string
  /**
   * Uploaded photo data
   */
  photo?: string
  /**
   * Upload server number
   */
  server?: number
}
/**
 * Schema: `podcast/objects.json#/definitions/podcast_cover`
 */
export interface PodcastCover {
  sizes?: PhotosPhotoSizes[]
}
/**
 * Schema: `podcast/objects.json#/definitions/podcast_external_data`
 */
export interface PodcastExternalData {
  /**
   * Url of the podcast page
   */
  url?: string
  /**
   * Url of the podcasts owner community
   */
  owner_url?: string
  /**
   * Podcast title
   */
  title?: string
  /**
   * Name of the podcasts owner community
   */
  owner_name?: string
  /**
   * Podcast cover
   */
  cover?: PodcastCover
}
/**
 * Schema: `podcasts/responses.json#/definitions/podcasts_searchPodcast_response`
 */
export interface PodcastsSearchPodcastResponse {
  podcasts: PodcastExternalData[]
  /**
   * Total amount of found results
   */
  results_total: number
}
/**
 * Schema: `polls/objects.json#/definitions/polls_answer`
 */
export interface PollsAnswer {
  /**
   * Answer ID
   */
  id: number
  /**
   * Answer rate in percents
   */
  rate: number
  /**
   * Answer text
   */
  text: string
  /**
   * Votes number
   */
  votes: number
}
/**
 * Schema: `polls/objects.json#/definitions/polls_background`
 */
export interface PollsBackground {
  /**
   * Gradient angle with 0 on positive X axis
   */
  angle?: number
  /**
   * Hex color code without #
   */
  color?: string
  /**
   * Original height of pattern tile
   */
  height?: number
  id?: number
  name?: string
  /**
   * Pattern tiles
   */
  images?: BaseImage[]
  /**
   * Gradient points
   */
  points?: BaseGradientPoint[]
  type?: "gradient" | "tile"
  /**
   * Original with of pattern tile
   */
  width?: number
}
/**
 * Schema: `polls/objects.json#/definitions/polls_fields_voters`
 */
export interface PollsFieldsVoters {
  /**
   * Answer ID
   */
  answer_id?: number
  users?: PollsVotersFieldsUsers
  /**
   * Answer offset
   */
  answer_offset?: string
}
/**
 * Schema: `polls/objects.json#/definitions/polls_friend`
 */
export interface PollsFriend {
  id: number
}
/**
 * Schema: `polls/objects.json#/definitions/polls_poll`
 */
export interface PollsPoll {
  anonymous?: PollsPollAnonymous
  friends?: PollsFriend[]
  /**
   * Information whether the poll with multiple choices
   */
  multiple: boolean
  /**
   * Current user's answer ID
   */
  answer_id?: number
  end_date: number
  /**
   * Current user's answer IDs
   */
  answer_ids?: number[]
  closed: boolean
  is_board: boolean
  can_edit: boolean
  can_vote: boolean
  can_report: boolean
  can_share: boolean
  embed_hash?: string
  photo?: PollsBackground
  answers: PollsAnswer[]
  /**
   * Date when poll has been created in Unixtime
   */
  created: number
  /**
   * Poll ID
   */
  id: number
  /**
   * Poll owner's ID
   */
  owner_id: number
  /**
   * Poll author's ID
   */
  author_id?: number
  /**
   * Poll question
   */
  question: string
  background?: PollsBackground
  /**
   * Votes number
   */
  votes: number
  disable_unvote: boolean
}
/**
 * Schema: `polls/objects.json#/definitions/polls_poll_extended`
 */
export interface PollsPollExtended extends PollsPoll {
  profiles?: UsersUserFull[]
}
/**
 * Schema: `polls/objects.json#/definitions/polls_voters`
 */
export interface PollsVoters {
  /**
   * Answer ID
   */
  answer_id?: number
  users?: PollsVotersUsers
  /**
   * Answer offset
   */
  answer_offset?: string
}
/**
 * Schema: `polls/objects.json#/definitions/polls_voters_fields_users`
 */
export interface PollsVotersFieldsUsers {
  /**
   * Votes number
   */
  count?: number
  items?: UsersUserFull[]
}
/**
 * Schema: `polls/objects.json#/definitions/polls_voters_users`
 */
export interface PollsVotersUsers {
  /**
   * Votes number
   */
  count?: number
  items?: number[]
}
/**
 * Schema: `prettyCards/responses.json#/definitions/prettyCards_create_response`
 */
export interface PrettyCardsCreateResponse {
  /**
   * Owner ID of created pretty card
   */
  owner_id: number
  /**
   * Card ID of created pretty card
   */
  card_id: string
}
/**
 * Schema: `prettyCards/responses.json#/definitions/prettyCards_delete_response`
 */
export interface PrettyCardsDeleteResponse {
  /**
   * Owner ID of deleted pretty card
   */
  owner_id: number
  /**
   * Card ID of deleted pretty card
   */
  card_id: string
  /**
   * Error reason if error happened
   */
  error?: string
}
/**
 * Schema: `prettyCards/responses.json#/definitions/prettyCards_edit_response`
 */
export interface PrettyCardsEditResponse {
  /**
   * Owner ID of edited pretty card
   */
  owner_id: number
  /**
   * Card ID of edited pretty card
   */
  card_id: string
}
/**
 * Schema: `prettyCards/responses.json#/definitions/prettyCards_get_response`
 */
export interface PrettyCardsGetResponse {
  /**
   * Total number
   */
  count: number
  items: PrettyCardsPrettyCard[]
}
/**
 * Schema: `prettyCards/objects.json#/definitions/prettyCards_prettyCard`
 */
export interface PrettyCardsPrettyCard {
  inner_type: "prettyCards_prettyCard"
  /**
   * Button key
   */
  button?: PrettyCardsButtonOneOf
  /**
   * Button text in current language
   */
  button_text?: string
  /**
   * Card ID (long int returned as string)
   */
  card_id: string
  images?: BaseImage[]
  /**
   * Link URL
   */
  link_url: string
  /**
   * Photo ID (format "<owner_id>_<media_id>")
   */
  photo: string
  /**
   * Price if set (decimal number returned as string)
   */
  price?: string
  /**
   * Old price if set (decimal number returned as string)
   */
  price_old?: string
  /**
   * Title
   */
  title: string
}
/**
 * Schema: `search/responses.json#/definitions/search_getHints_response`
 */
export interface SearchGetHintsResponse {
  count: number
  items: SearchHint[]
  suggested_queries?: string[]
}
/**
 * Schema: `search/objects.json#/definitions/search_hint`
 */
export interface SearchHint {
  app?: AppsApp
  /**
   * Object description
   */
  description: string
  /**
   * Information whether the object has been found globally
   */
  global?: BaseBoolInt
  group?: GroupsGroup
  profile?: UsersUserMin
  section?: SearchHintSection
  type: SearchHintType
  link?: BaseLink
}
/**
 * Schema: `secure/objects.json#/definitions/secure_giveEventSticker_item`
 */
export interface SecureGiveEventStickerItem {
  user_id?: number
  status?: string
}
/**
 * Schema: `secure/objects.json#/definitions/secure_level`
 */
export interface SecureLevel {
  /**
   * Level
   */
  level?: number
  /**
   * User ID
   */
  uid?: number
}
/**
 * Schema: `secure/objects.json#/definitions/secure_setCounter_item`
 */
export interface SecureSetCounterItem {
  /**
   * User ID
   */
  id: number
  result: BaseBoolInt
}
/**
 * Schema: `secure/objects.json#/definitions/secure_sms_notification`
 */
export interface SecureSmsNotification {
  /**
   * Application ID
   */
  app_id?: string
  /**
   * Date when message has been sent in Unixtime
   */
  date?: string
  /**
   * Notification ID
   */
  id?: string
  /**
   * Messsage text
   */
  message?: string
  /**
   * User ID
   */
  user_id?: string
}
/**
 * Schema: `secure/objects.json#/definitions/secure_token_checked`
 */
export interface SecureTokenChecked {
  /**
   * Date when access_token has been generated in Unixtime
   */
  date?: number
  /**
   * Date when access_token will expire in Unixtime
   */
  expire?: number
  /**
   * Returns if successfully processed
   */
  success?: number
  /**
   * User ID
   */
  user_id?: number
}
/**
 * Schema: `secure/objects.json#/definitions/secure_transaction`
 */
export interface SecureTransaction {
  /**
   * Transaction date in Unixtime
   */
  date?: number
  /**
   * Transaction ID
   */
  id?: number
  /**
   * From ID
   */
  uid_from?: number
  /**
   * To ID
   */
  uid_to?: number
  /**
   * Votes number
   */
  votes?: number
}
/**
 * Activity stats
 *
 * Schema: `stats/objects.json#/definitions/stats_activity`
 */
export interface StatsActivity {
  /**
   * Comments number
   */
  comments?: number
  /**
   * Reposts number
   */
  copies?: number
  /**
   * Hidden from news count
   */
  hidden?: number
  /**
   * Likes number
   */
  likes?: number
  /**
   * New subscribers count
   */
  subscribed?: number
  /**
   * Unsubscribed count
   */
  unsubscribed?: number
}
/**
 * Schema: `stats/objects.json#/definitions/stats_city`
 */
export interface StatsCity {
  /**
   * Visitors number
   */
  count?: number
  /**
   * City name
   */
  name?: string
  /**
   * City ID
   */
  value?: number
}
/**
 * Schema: `stats/objects.json#/definitions/stats_country`
 */
export interface StatsCountry {
  /**
   * Country code
   */
  code?: string
  /**
   * Visitors number
   */
  count?: number
  /**
   * Country name
   */
  name?: string
  /**
   * Country ID
   */
  value?: number
}
/**
 * Schema: `stats/objects.json#/definitions/stats_period`
 */
export interface StatsPeriod {
  activity?: StatsActivity
  period_from?: StatsPeriodFromOneOf
  period_to?: StatsPeriodToOneOf
  reach?: StatsReach
  visitors?: StatsViews
}
/**
 * Reach stats
 *
 * Schema: `stats/objects.json#/definitions/stats_reach`
 */
export interface StatsReach {
  age?: StatsSexAge[]
  cities?: StatsCity[]
  countries?: StatsCountry[]
  /**
   * Reach count from mobile devices
   */
  mobile_reach?: number
  /**
   * Reach count
   */
  reach?: number
  /**
   * Subscribers reach count
   */
  reach_subscribers?: number
  sex?: StatsSexAge[]
  sex_age?: StatsSexAge[]
}
/**
 * Schema: `stats/objects.json#/definitions/stats_sex_age`
 */
export interface StatsSexAge {
  /**
   * Visitors number
   */
  count?: number
  /**
   * Sex/age value
   */
  value: string
  reach?: number
  reach_subscribers?: number
  count_subscribers?: number
}
/**
 * Views stats
 *
 * Schema: `stats/objects.json#/definitions/stats_views`
 */
export interface StatsViews {
  age?: StatsSexAge[]
  cities?: StatsCity[]
  countries?: StatsCountry[]
  /**
   * Number of views from mobile devices
   */
  mobile_views?: number
  sex?: StatsSexAge[]
  sex_age?: StatsSexAge[]
  /**
   * Views number
   */
  views?: number
  /**
   * Visitors number
   */
  visitors?: number
}
/**
 * Schema: `stats/objects.json#/definitions/stats_wallpost_stat`
 */
export interface StatsWallpostStat {
  post_id?: number
  /**
   * Hidings number
   */
  hide?: number
  /**
   * People have joined the group
   */
  join_group?: number
  /**
   * Link clickthrough
   */
  links?: number
  /**
   * Subscribers reach
   */
  reach_subscribers?: number
  reach_subscribers_count?: number
  /**
   * Total reach
   */
  reach_total?: number
  reach_total_count?: number
  reach_viral?: number
  reach_ads?: number
  /**
   * Reports number
   */
  report?: number
  /**
   * Clickthrough to community
   */
  to_group?: number
  /**
   * Unsubscribed members
   */
  unsubscribe?: number
  sex_age?: StatsSexAge[]
}
/**
 * Schema: `status/objects.json#/definitions/status_status`
 */
export interface StatusStatus {
  /**
   * Status text
   */
  text: string
  audio?: AudioAudio
}
/**
 * Schema: `stickers/objects.json#/definitions/stickers_image_set`
 */
export interface StickersImageSet {
  /**
   * Base URL for images in set
   */
  base_url: string
  /**
   * Version number to be appended to the image URL
   */
  version?: number
  images?: BaseImage[]
}
/**
 * Schema: `storage/objects.json#/definitions/storage_value`
 */
export interface StorageValue {
  key: string
  value: string
}
/**
 * Schema: `store/responses.json#/definitions/store_getFavoriteStickers_response`
 */
export interface StoreGetFavoriteStickersResponse {
  /**
   * Count of favorite stickers
   */
  count: number
  /**
   * List of sticker objects
   */
  items: BaseStickerNew[]
}
/**
 * Schema: `store/responses.json#/definitions/store_getProducts_response`
 */
export interface StoreGetProductsResponse {
  items: StoreProduct[]
  count: number
}
/**
 * Schema: `store/responses.json#/definitions/store_getStickersKeywords_response`
 */
export interface StoreGetStickersKeywordsResponse {
  count: number
  dictionary: StoreStickersKeyword[]
  /**
   * Total count of chunks to load
   */
  chunks_count?: number
  /**
   * Chunks version hash
   */
  chunks_hash?: string
}
/**
 * Schema: `store/objects.json#/definitions/store_product`
 */
export interface StoreProduct {
  /**
   * Id of the product
   */
  id: number
  /**
   * Product type
   */
  type: "stickers"
  /**
   * Information whether sticker product wasn't used after being purchased
   */
  is_new?: boolean
  /**
   * Product copyright information
   */
  copyright?: string
  /**
   * Id of the base pack (for sticker pack styles)
   */
  base_id?: number
  /**
   * Array of style ids available for the sticker pack
   */
  style_ids?: number[]
  /**
   * Information whether the product is purchased (1 - yes, 0 - no)
   */
  purchased?: BaseBoolInt
  /**
   * Information whether the product is active (1 - yes, 0 - no)
   */
  active?: BaseBoolInt
  /**
   * Information whether the product is promoted (1 - yes, 0 - no)
   */
  promoted?: BaseBoolInt
  /**
   * Date (Unix time) when the product was purchased
   */
  purchase_date?: number
  /**
   * Title of the product
   */
  title?: string
  stickers?: BaseStickerNew[]
  /**
   * Array of style sticker ids (for sticker pack styles)
   */
  style_sticker_ids?: number[]
  /**
   * Array of icon images or icon set object of the product (for stickers product type)
   */
  icon?: StoreProductIcon
  /**
   * Array of preview images of the product (for stickers product type)
   */
  previews?: BaseImage[]
  /**
   * Information whether the product is an animated sticker pack (for stickers product type)
   */
  has_animation?: boolean
  /**
   * Subtitle of the product
   */
  subtitle?: string
  payment_region?: string
  /**
   * Information whether sticker pack is a vmoji pack
   */
  is_vmoji?: boolean
  title_lang_key?: string
  description_lang_key?: string
  url?: string
  /**
   * Information whether the product is a sticker pack with popup stickers (for stickers product type)
   */
  is_popup?: boolean
}
/**
 * Schema: `store/objects.json#/definitions/store_stickers_keyword`
 */
export interface StoreStickersKeyword {
  words: string[]
  user_stickers?: BaseStickerNew[]
  promoted_stickers?: BaseStickerNew[]
  stickers?: StoreStickersKeywordSticker[]
}
/**
 * Schema: `store/objects.json#/definitions/store_stickers_keyword_sticker`
 */
export interface StoreStickersKeywordSticker {
  /**
   * Pack id
   */
  pack_id: number
  /**
   * Sticker id
   */
  sticker_id: number
}
/**
 * Schema: `stories/objects.json#/definitions/stories_clickable_area`
 */
export interface StoriesClickableArea {
  x: number
  y: number
}
/**
 * Schema: `stories/objects.json#/definitions/stories_clickable_sticker`
 */
export interface StoriesClickableSticker {
  clickable_area: StoriesClickableArea[]
  /**
   * Clickable sticker ID
   */
  id: number
  hashtag?: string
  link_object?: BaseLink
  mention?: string
  tooltip_text?: string
  owner_id?: number
  story_id?: number
  clip_id?: number
  video_id?: number
  question?: string
  question_button?: string
  place_id?: number
  market_item?: MarketMarketItem
  audio?: AudioAudio
  audio_start_time?: number
  style?: "transparent" | "blue_gradient" | "red_gradient" | "underline" | "blue" | "green" | "white" | "question_reply" | "light" | "impressive" | "dark" | "accent_background" | "accent_text" | "dark_unique" | "light_unique" | "light_text" | "dark_text" | "black" | "dark_without_bg" | "light_without_bg" | "rectangle" | "circle" | "poop" | "heart" | "star" | "album" | "horizontal" | "equalizer" | "header_meta" | "preview" | "miniature" | "fullview"
  type: "hashtag" | "mention" | "link" | "question" | "place" | "market_item" | "music" | "story_reply" | "owner" | "post" | "poll" | "sticker" | "app" | "situational_theme" | "playlist" | "clip" | "vk_video" | "situational_template" | "spoiler"
  subtype?: "market_item" | "aliexpress_product"
  post_owner_id?: number
  post_id?: number
  poll?: PollsPoll
  /**
   * Color, hex format
   */
  color?: string
  /**
   * Sticker ID
   */
  sticker_id?: number
  /**
   * Sticker pack ID
   */
  sticker_pack_id?: number
  app?: AppsAppMin
  /**
   * Additional context for app sticker
   */
  app_context?: string
  /**
   * Whether current user has unread interaction with this app
   */
  has_new_interactions?: boolean
  /**
   * Whether current user allowed broadcast notify from this app
   */
  is_broadcast_notify_allowed?: boolean
  situational_theme_id?: number
  situational_app_url?: string
}
/**
 * Schema: `stories/objects.json#/definitions/stories_clickable_stickers`
 */
export interface StoriesClickableStickers {
  clickable_stickers: StoriesClickableSticker[]
  original_height: number
  original_width: number
}
/**
 * Schema: `stories/objects.json#/definitions/stories_feed_item`
 */
export interface StoriesFeedItem {
  /**
   * Type of Feed Item
   */
  type: "promo_stories" | "stories" | "live_active" | "live_finished" | "app_grouped_stories" | "discover"
  id?: string
  owner_id?: number
  /**
   * Author stories
   */
  stories?: StoriesStory[]
  /**
   * Grouped stories of various authors (for types community_grouped_stories/app_grouped_stories type)
   */
  grouped?: StoriesFeedItem[]
  /**
   * App, which stories has been grouped (for type app_grouped_stories)
   */
  app?: AppsAppMin
  /**
   * Additional data for promo stories (for type promo_stories)
   */
  promo_data?: StoriesPromoBlock
  track_code?: string
  has_unseen?: boolean
  name?: string
}
/**
 * Schema: `stories/responses.json#/definitions/stories_getBanned_extended_response`
 */
export interface StoriesGetBannedExtendedResponse {
  /**
   * Stories count
   */
  count: number
  items: number[]
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
}
/**
 * Schema: `stories/responses.json#/definitions/stories_getBanned_response`
 */
export interface StoriesGetBannedResponse {
  /**
   * Stories count
   */
  count: number
  items: number[]
}
/**
 * Schema: `stories/responses.json#/definitions/stories_getById_extended_response`
 */
export interface StoriesGetByIdExtendedResponse {
  /**
   * Stories count
   */
  count: number
  items: StoriesStory[]
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
}
/**
 * Schema: `stories/responses.json#/definitions/stories_getPhotoUploadServer_response`
 */
export interface StoriesGetPhotoUploadServerResponse {
  /**
   * Upload URL
   */
  upload_url: string
  /**
   * Users ID who can to see story.
   */
  user_ids: number[]
}
/**
 * Schema: `stories/responses.json#/definitions/stories_getStats_V5200_response`
 */
export interface StoriesGetStatsV5200Response {
  preview?: string
  achievement?: string
  achievement_subtitle?: string
  categories?: StoriesStatCategory[]
  need_privacy_block?: boolean
}
/**
 * Schema: `stories/responses.json#/definitions/stories_getVideoUploadServer_response`
 */
export interface StoriesGetVideoUploadServerResponse {
  /**
   * Upload URL
   */
  upload_url: string
  /**
   * Users ID who can to see story.
   */
  user_ids: number[]
}
/**
 * Schema: `stories/responses.json#/definitions/stories_getViewers_extended_V5115_response`
 */
export interface StoriesGetViewersExtendedV5115Response {
  /**
   * Viewers count
   */
  count: number
  items: StoriesViewersItem[]
  hidden_reason?: string
  next_from?: string
}
/**
 * Schema: `stories/responses.json#/definitions/stories_get_V5113_response`
 */
export interface StoriesGetV5113Response {
  count: number
  items: StoriesFeedItem[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
  need_upload_screen?: boolean
  track_code?: string
  next_from?: string
}
/**
 * Additional data for promo stories
 *
 * Schema: `stories/objects.json#/definitions/stories_promo_block`
 */
export interface StoriesPromoBlock {
  /**
   * Promo story title
   */
  name: string
  /**
   * RL of square photo of the story with 50 pixels in width
   */
  photo_50: string
  /**
   * RL of square photo of the story with 100 pixels in width
   */
  photo_100: string
  /**
   * Hide animation for promo story
   */
  not_animated: boolean
  /**
   * Promo story from advice
   */
  is_advice: boolean
}
/**
 * Schema: `stories/objects.json#/definitions/stories_replies`
 */
export interface StoriesReplies {
  /**
   * Replies number.
   */
  count: number
  /**
   * New replies number.
   */
  new?: number
}
/**
 * Schema: `stories/responses.json#/definitions/stories_save_response`
 */
export interface StoriesSaveResponse {
  count: number
  items: StoriesStory[]
  profiles?: UsersUser[]
  groups?: GroupsGroupFull[]
}
/**
 * Schema: `stories/objects.json#/definitions/stories_stat_category`
 */
export interface StoriesStatCategory {
  header: string
  type: string
  lines: StoriesStatLine[]
}
/**
 * Schema: `stories/objects.json#/definitions/stories_stat_line`
 */
export interface StoriesStatLine {
  name: string
  type: string
  counter?: number
  is_unavailable?: boolean
}
/**
 * Schema: `stories/objects.json#/definitions/stories_story`
 */
export interface StoriesStory {
  /**
   * Access key for private object.
   */
  access_key?: string
  /**
   * Information whether current user can comment the story (0 - no, 1 - yes).
   */
  can_comment?: BaseBoolInt
  /**
   * Information whether current user can reply to the story (0 - no, 1 - yes).
   */
  can_reply?: BaseBoolInt
  /**
   * Information whether current user can see the story (0 - no, 1 - yes).
   */
  can_see?: BaseBoolInt
  /**
   * Information whether current user can like the story.
   */
  can_like?: boolean
  /**
   * Information whether current user can share the story (0 - no, 1 - yes).
   */
  can_share?: BaseBoolInt
  /**
   * Information whether current user can hide the story (0 - no, 1 - yes).
   */
  can_hide?: BaseBoolInt
  /**
   * Date when story has been added in Unixtime.
   */
  date?: number
  /**
   * Story expiration time. Unixtime.
   */
  expires_at?: number
  /**
   * Story ID.
   */
  id: number
  /**
   * Information whether the story is deleted (false - no, true - yes).
   */
  is_deleted?: boolean
  /**
   * Information whether the story is expired (false - no, true - yes).
   */
  is_expired?: boolean
  link?: StoriesStoryLink
  /**
   * Story owner's ID.
   */
  owner_id: number
  parent_story?: StoriesStory
  /**
   * Access key for private object.
   */
  parent_story_access_key?: string
  /**
   * Parent story ID.
   */
  parent_story_id?: number
  /**
   * Parent story owner's ID.
   */
  parent_story_owner_id?: number
  photo?: PhotosPhoto
  /**
   * url with blured preview image.
   */
  blurred_preview?: string
  /**
   * Replies counters to current story.
   */
  replies?: StoriesReplies
  /**
   * Information whether current user has seen the story or not (0 - no, 1 - yes).
   */
  seen?: BaseBoolInt
  type?: StoriesStoryType
  clickable_stickers?: StoriesClickableStickers
  video?: VideoVideoFull
  /**
   * Views number.
   */
  views?: number
  /**
   * Information whether story has question sticker and current user can send question to the author
   */
  can_ask?: BaseBoolInt
  /**
   * Information whether story has question sticker and current user can send anonymous question to the author
   */
  can_ask_anonymous?: BaseBoolInt
  narratives_count?: number
  first_narrative_title?: string
  first_narrative_id?: number
  can_use_in_narrative?: boolean
}
/**
 * Schema: `stories/objects.json#/definitions/stories_story_link`
 */
export interface StoriesStoryLink {
  /**
   * Link text
   */
  text: string
  /**
   * Link URL
   */
  url: string
  /**
   * How to open url
   */
  link_url_target?: string
}
/**
 * Schema: `stories/objects.json#/definitions/stories_story_stats`
 */
export interface StoriesStoryStats {
  answer: StoriesStoryStatsStat
  bans: StoriesStoryStatsStat
  open_link: StoriesStoryStatsStat
  replies: StoriesStoryStatsStat
  shares: StoriesStoryStatsStat
  subscribers: StoriesStoryStatsStat
  views: StoriesStoryStatsStat
  likes: StoriesStoryStatsStat
}
/**
 * Schema: `stories/objects.json#/definitions/stories_story_stats_stat`
 */
export interface StoriesStoryStatsStat {
  /**
   * Stat value
   */
  count?: number
  state: StoriesStoryStatsState
}
/**
 * Schema: `stories/responses.json#/definitions/stories_upload_response`
 */
export interface StoriesUploadResponse {
  /**
   * A string hash that is used in the stories.save method
   */
  upload_result?: string
}
/**
 * Schema: `stories/objects.json#/definitions/stories_upload_result`
 */
export interface StoriesUploadResult {
  upload_result?: string
}
/**
 * Schema: `stories/objects.json#/definitions/stories_viewers_item`
 */
export interface StoriesViewersItem {
  /**
   * user has like for this object
   */
  is_liked: boolean
  /**
   * user id
   */
  user_id: number
  user?: UsersUserFull
}
/**
 * Schema: `streaming/responses.json#/definitions/streaming_getServerUrl_response`
 */
export interface StreamingGetServerUrlResponse {
  /**
   * Server host
   */
  endpoint?: string
  /**
   * Access key
   */
  key?: string
}
/**
 * Schema: `streaming/responses.json#/definitions/streaming_getStem_response`
 */
export interface StreamingGetStemResponse {
  /**
   * part of a word responsible for its lexical meaning
   */
  stem?: string
}
/**
 * Schema: `streaming/objects.json#/definitions/streaming_stats`
 */
export interface StreamingStats {
  /**
   * Events type
   */
  event_type: "post" | "comment" | "share"
  /**
   * Statistics
   */
  stats: StreamingStatsPoint[]
}
/**
 * Schema: `streaming/objects.json#/definitions/streaming_stats_point`
 */
export interface StreamingStatsPoint {
  timestamp: number
  value: number
}
/**
 * Schema: `translations/responses.json#/definitions/translations_translate_response`
 */
export interface TranslationsTranslateResponse {
  texts?: string[]
  source_lang?: string
}
/**
 * Schema: `users/objects.json#/definitions/users_career`
 */
export interface UsersCareer {
  /**
   * City ID
   */
  city_id?: number
  /**
   * City name
   */
  city_name?: string
  /**
   * Company name
   */
  company?: string
  /**
   * From year
   */
  from?: number
  /**
   * Community ID
   */
  group_id?: number
  /**
   * Career ID
   */
  id?: number
  /**
   * Position
   */
  position?: string
  /**
   * Till year
   */
  until?: number
}
/**
 * Schema: `users/objects.json#/definitions/users_exports`
 */
export interface UsersExports {
  facebook?: number
  livejournal?: number
  twitter?: number
}
/**
 * Schema: `users/responses.json#/definitions/users_getFollowers_fields_response`
 */
export interface UsersGetFollowersFieldsResponse {
  /**
   * Total number of available results
   */
  count: number
  friends_count?: number
  items: UsersUserFull[]
}
/**
 * Schema: `users/responses.json#/definitions/users_getFollowers_response`
 */
export interface UsersGetFollowersResponse {
  /**
   * Total friends number
   */
  count: number
  items: number[]
}
/**
 * Schema: `users/responses.json#/definitions/users_getSubscriptions_extended_response`
 */
export interface UsersGetSubscriptionsExtendedResponse {
  /**
   * Total number of available results
   */
  count: number
  items: UsersSubscriptionsItem[]
}
/**
 * Schema: `users/responses.json#/definitions/users_getSubscriptions_response`
 */
export interface UsersGetSubscriptionsResponse {
  users: UsersUsersArray
  groups: GroupsGroupsArray
}
/**
 * Schema: `users/objects.json#/definitions/users_last_seen`
 */
export interface UsersLastSeen {
  /**
   * Type of the platform that used for the last authorization
   */
  platform?: number
  /**
   * Last visit date (in Unix time)
   */
  time?: number
}
/**
 * Schema: `users/objects.json#/definitions/users_military`
 */
export interface UsersMilitary {
  /**
   * From year
   */
  from?: number
  /**
   * Military ID
   */
  id?: number
  /**
   * Unit name
   */
  unit: string
  /**
   * Unit ID
   */
  unit_id: number
  /**
   * Till year
   */
  until?: number
}
/**
 * Schema: `users/objects.json#/definitions/users_occupation`
 */
export interface UsersOccupation {
  /**
   * ID of school, university, company group
   */
  id?: number
  /**
   * Name of occupation
   */
  name?: string
  /**
   * Type of occupation
   */
  type?: "school" | "university" | "work"
  graduate_year?: number
  city_id?: number
}
/**
 * Schema: `users/objects.json#/definitions/users_online_info`
 */
export interface UsersOnlineInfo {
  /**
   * Whether you can see real online status of user or not
   */
  visible: boolean
  /**
   * Last time we saw user being active
   */
  last_seen?: number
  /**
   * Whether user is currently online or not
   */
  is_online?: boolean
  /**
   * Application id from which user is currently online or was last seen online
   */
  app_id?: number
  /**
   * Is user online from desktop app or mobile app
   */
  is_mobile?: boolean
  /**
   * In case user online is not visible, it indicates approximate timeframe of user online
   */
  status?: "recently" | "last_week" | "last_month" | "long_ago" | "not_show"
}
/**
 * Schema: `users/objects.json#/definitions/users_personal`
 */
export interface UsersPersonal {
  /**
   * User's views on alcohol
   */
  alcohol?: number
  /**
   * User's inspired by
   */
  inspired_by?: string
  langs?: string[]
  /**
   * User's languages with full info
   */
  langs_full?: DatabaseLanguageFull[]
  /**
   * User's personal priority in life
   */
  life_main?: number
  /**
   * User's personal priority in people
   */
  people_main?: number
  /**
   * User's political views
   */
  political?: number
  /**
   * User's religion
   */
  religion?: string
  /**
   * User's religion id
   */
  religion_id?: number
  /**
   * User's views on smoking
   */
  smoking?: number
}
/**
 * Schema: `users/objects.json#/definitions/users_relative`
 */
export interface UsersRelative {
  /**
   * Date of child birthday (format dd.mm.yyyy)
   */
  birth_date?: string
  /**
   * Relative ID
   */
  id?: number
  /**
   * Name of relative
   */
  name?: string
  /**
   * Relative type
   */
  type: "parent" | "child" | "grandparent" | "grandchild" | "sibling"
}
/**
 * Schema: `users/objects.json#/definitions/users_school`
 */
export interface UsersSchool {
  /**
   * City ID
   */
  city?: number
  /**
   * School class letter
   */
  class?: string
  /**
   * School class id
   */
  class_id?: number
  /**
   * School ID
   */
  id?: string
  /**
   * School name
   */
  name?: string
  /**
   * School type ID
   */
  type?: number
  /**
   * School type name
   */
  type_str?: string
  /**
   * Year the user started to study
   */
  year_from?: number
  /**
   * Graduation year
   */
  year_graduated?: number
  /**
   * Year the user finished to study
   */
  year_to?: number
  speciality?: string
}
/**
 * Schema: `users/responses.json#/definitions/users_search_response`
 */
export interface UsersSearchResponse {
  /**
   * Total number of available results
   */
  count: number
  items: UsersUserFull[]
}
/**
 * Schema: `users/objects.json#/definitions/users_university`
 */
export interface UsersUniversity {
  /**
   * Chair ID
   */
  chair?: number
  /**
   * Chair name
   */
  chair_name?: string
  /**
   * City ID
   */
  city?: number
  /**
   * Education form
   */
  education_form?: string
  /**
   * Education form id
   */
  education_form_id?: number
  /**
   * Education status
   */
  education_status?: string
  /**
   * Education status id
   */
  education_status_id?: number
  /**
   * Faculty ID
   */
  faculty?: number
  /**
   * Faculty name
   */
  faculty_name?: string
  /**
   * Graduation year
   */
  graduation?: number
  /**
   * University ID
   */
  id?: number
  /**
   * University name
   */
  name?: string
  university_group_id?: number
}
/**
 * Schema: `users/objects.json#/definitions/users_user`
 */
export interface UsersUser extends UsersUserMin {
  /**
   * User sex
   */
  sex?: BaseSex
  /**
   * Domain name of the user's page
   */
  screen_name?: string
  /**
   * URL of square photo of the user with 50 pixels in width
   */
  photo_50?: string
  /**
   * URL of square photo of the user with 100 pixels in width
   */
  photo_100?: string
  online_info?: UsersOnlineInfo
  /**
   * Information whether the user is online
   */
  online?: BaseBoolInt
  /**
   * Information whether the user is online in mobile site or application
   */
  online_mobile?: BaseBoolInt
  /**
   * Application ID
   */
  online_app?: number
  /**
   * Information whether the user is verified
   */
  verified?: BaseBoolInt
  /**
   * Information whether the user has a "fire" pictogram.
   */
  trending?: BaseBoolInt
  friend_status?: FriendsFriendStatusStatus
  mutual?: FriendsRequestsMutual
}
/**
 * Schema: `users/objects.json#/definitions/users_user_connections`
 */
export interface UsersUserConnections {
  /**
   * User's Skype nickname
   */
  skype: string
  /**
   * User's Facebook account
   */
  facebook: string
  /**
   * User's Facebook name
   */
  facebook_name?: string
  /**
   * User's Twitter account
   */
  twitter: string
  /**
   * User's Livejournal account
   */
  livejournal?: string
  /**
   * User's Instagram account
   */
  instagram: string
}
/**
 * Schema: `users/objects.json#/definitions/users_user_counters`
 */
export interface UsersUserCounters {
  /**
   * Albums number
   */
  albums?: number
  /**
   * Badges number
   */
  badges?: number
  /**
   * Audios number
   */
  audios?: number
  /**
   * Followers number
   */
  followers?: number
  /**
   * Friends number
   */
  friends?: number
  /**
   * Gifts number
   */
  gifts?: number
  /**
   * Communities number
   */
  groups?: number
  /**
   * Notes number
   */
  notes?: number
  /**
   * Online friends number
   */
  online_friends?: number
  /**
   * Public pages number
   */
  pages?: number
  /**
   * Photos number
   */
  photos?: number
  /**
   * Subscriptions number
   */
  subscriptions?: number
  /**
   * Number of photos with user
   */
  user_photos?: number
  /**
   * Number of videos with user
   */
  user_videos?: number
  /**
   * Videos number
   */
  videos?: number
  /**
   * Playlists number
   */
  video_playlists?: number
  new_photo_tags?: number
  new_recognition_tags?: number
  mutual_friends?: number
  friends_followers?: number
  posts?: number
  articles?: number
  wishes?: number
  podcasts?: number
  clips?: number
  clips_followers?: number
  /**
   * Videos followers number
   */
  videos_followers?: number
  clips_views?: number
  clips_likes?: number
}
/**
 * Schema: `users/objects.json#/definitions/users_user_full`
 */
export interface UsersUserFull extends UsersUser {
  /**
   * User's first name in nominative case
   */
  first_name_nom?: string
  /**
   * User's first name in genitive case
   */
  first_name_gen?: string
  /**
   * User's first name in dative case
   */
  first_name_dat?: string
  /**
   * User's first name in accusative case
   */
  first_name_acc?: string
  /**
   * User's first name in instrumental case
   */
  first_name_ins?: string
  /**
   * User's first name in prepositional case
   */
  first_name_abl?: string
  /**
   * User's last name in nominative case
   */
  last_name_nom?: string
  /**
   * User's last name in genitive case
   */
  last_name_gen?: string
  /**
   * User's last name in dative case
   */
  last_name_dat?: string
  /**
   * User's last name in accusative case
   */
  last_name_acc?: string
  /**
   * User's last name in instrumental case
   */
  last_name_ins?: string
  /**
   * User's last name in prepositional case
   */
  last_name_abl?: string
  /**
   * User nickname
   */
  nickname?: string
  /**
   * User maiden name
   */
  maiden_name?: string
  /**
   * User contact name
   */
  contact_name?: string
  /**
   * Domain name of the user's page
   */
  domain?: string
  /**
   * User's date of birth
   */
  bdate?: string
  city?: BaseCity
  /**
   * User's timezone
   */
  timezone?: number
  owner_state?: OwnerState
  /**
   * URL of square photo of the user with 200 pixels in width
   */
  photo_200?: string
  /**
   * URL of square photo of the user with maximum width
   */
  photo_max?: string
  /**
   * URL of user's photo with 200 pixels in width
   */
  photo_200_orig?: string
  /**
   * URL of user's photo with 400 pixels in width
   */
  photo_400_orig?: string
  /**
   * URL of user's photo of maximum size
   */
  photo_max_orig?: string
  /**
   * ID of the user's main photo
   */
  photo_id?: string
  /**
   * Information whether the user has main photo
   */
  has_photo?: BaseBoolInt
  /**
   * Information whether the user specified his phone number
   */
  has_mobile?: BaseBoolInt
  /**
   * Information whether the user is a friend of current user
   */
  is_friend?: BaseBoolInt
  /**
   * Information whether the user is a best friend of current user
   */
  is_best_friend?: boolean
  /**
   * Information whether current user can comment wall posts
   */
  wall_comments?: BaseBoolInt
  /**
   * Information whether current user can post on the user's wall
   */
  can_post?: BaseBoolInt
  /**
   * Information whether current user can see other users' audio on the wall
   */
  can_see_all_posts?: BaseBoolInt
  /**
   * Information whether current user can see the user's audio
   */
  can_see_audio?: BaseBoolInt
  type?: UsersUserType
  email?: string
  skype?: string
  facebook?: string
  facebook_name?: string
  twitter?: string
  livejournal?: string
  instagram?: string
  test?: BaseBoolInt
  video_live?: VideoLiveInfo
  is_video_live_notifications_blocked?: BaseBoolInt
  is_service?: boolean
  service_description?: string
  photo_rec?: string | boolean
  photo_medium?: string | boolean
  photo_medium_rec?: string | boolean
  photo?: string
  photo_big?: string
  photo_400?: string
  photo_max_size?: PhotosPhoto
  language?: string
  stories_archive_count?: number
  has_unseen_stories?: boolean
  wall_default?: "owner" | "all"
  /**
   * Information whether current user can call
   */
  can_call?: boolean
  /**
   * Information whether group can call user
   */
  can_call_from_group?: boolean
  /**
   * Information whether user/group can invite user as voicerooms speakr
   */
  can_invite_as_voicerooms_speaker?: boolean
  /**
   * Information whether current user can see the user's wishes
   */
  can_see_wishes?: boolean
  /**
   * Information whether current user can see the user's gifts
   */
  can_see_gifts?: BaseBoolInt
  interests?: string
  books?: string
  tv?: string
  quotes?: string
  about?: string
  games?: string
  movies?: string
  activities?: string
  music?: string
  /**
   * Information whether current user can write private message
   */
  can_write_private_message?: BaseBoolInt
  /**
   * Information whether current user can send a friend request
   */
  can_send_friend_request?: BaseBoolInt
  /**
   * Information whether current user can be invited to the community
   */
  can_be_invited_group?: boolean
  /**
   * User's mobile phone number
   */
  mobile_phone?: string
  /**
   * User's additional phone number
   */
  home_phone?: string
  /**
   * User's website
   */
  site?: string
  status_audio?: AudioAudio
  /**
   * User's status
   */
  status?: string
  /**
   * User's status
   */
  activity?: string
  status_app?: AppsAppMin
  last_seen?: UsersLastSeen
  exports?: UsersExports
  crop_photo?: BaseCropPhoto
  /**
   * Number of user's followers and friends
   */
  followers_count?: number
  /**
   * User level in live streams achievements
   */
  video_live_level?: number
  /**
   * Number of user's live streams
   */
  video_live_count?: number
  /**
   * Number of user's clips
   */
  clips_count?: number
  /**
   * Information whether current user is in the requested user's blacklist.
   */
  blacklisted?: BaseBoolInt
  /**
   * Information whether the requested user is in current user's blacklist
   */
  blacklisted_by_me?: BaseBoolInt
  /**
   * Information whether the requested user is in faves of current user
   */
  is_favorite?: BaseBoolInt
  /**
   * Information whether the requested user is hidden from current user's newsfeed
   */
  is_hidden_from_feed?: BaseBoolInt
  /**
   * Number of common friends with current user
   */
  common_count?: number
  occupation?: UsersOccupation
  career?: UsersCareer[]
  military?: UsersMilitary[]
  /**
   * University ID
   */
  university?: number
  /**
   * University name
   */
  university_name?: string
  university_group_id?: number
  /**
   * Faculty ID
   */
  faculty?: number
  /**
   * Faculty name
   */
  faculty_name?: string
  /**
   * Graduation year
   */
  graduation?: number
  /**
   * Education form
   */
  education_form?: string
  /**
   * User's education status
   */
  education_status?: string
  /**
   * User hometown
   */
  home_town?: string
  /**
   * User relationship status
   */
  relation?: UsersUserRelation
  relation_partner?: UsersUserMin
  personal?: UsersPersonal
  universities?: UsersUniversity[]
  schools?: UsersSchool[]
  relatives?: UsersRelative[]
  /**
   * Information whether current user is subscribed to podcasts
   */
  is_subscribed_podcasts?: boolean
  /**
   * Owner in whitelist or not
   */
  can_subscribe_podcasts?: boolean
  /**
   * Can subscribe to wall
   */
  can_subscribe_posts?: boolean
  counters?: UsersUserCounters
  access_key?: string
  can_upload_doc?: BaseBoolInt
  /**
   * Information whether the user can be baned (added to black list) by me
   */
  can_ban?: boolean
  hash?: string
  /**
   * Access to user profile is restricted for search engines
   */
  is_no_index?: boolean
  /**
   * Contact person ID
   */
  contact_id?: number
  is_message_request?: boolean
  descriptions?: string[]
  lists?: number[]
  country?: BaseCountry
}
/**
 * Schema: `users/objects.json#/definitions/users_user_min`
 */
export interface UsersUserMin {
  /**
   * Returns if a profile is deleted or blocked
   */
  deactivated?: string
  /**
   * User first name
   */
  first_name?: string
  /**
   * Returns if a profile is hidden.
   */
  hidden?: number
  /**
   * User ID
   */
  id: number
  /**
   * User last name
   */
  last_name?: string
  can_access_closed?: boolean
  is_closed?: boolean
}
/**
 * Schema: `users/objects.json#/definitions/users_user_settings_xtr`
 */
export interface UsersUserSettingsXtr {
  connections?: UsersUserConnections
  /**
   * User's date of birth
   */
  bdate?: string
  /**
   * Information whether user's birthdate are hidden
   */
  bdate_visibility?: number
  city?: BaseCity
  /**
   * User first name
   */
  first_name?: string
  /**
   * User's hometown
   */
  home_town: string
  /**
   * User last name
   */
  last_name?: string
  /**
   * User maiden name
   */
  maiden_name?: string
  name_request?: AccountNameRequest
  personal?: UsersPersonal
  /**
   * User phone number with some hidden digits
   */
  phone?: string
  /**
   * User relationship status
   */
  relation?: UsersUserRelation
  relation_partner?: UsersUserMin
  /**
   * Information whether relation status is pending
   */
  relation_pending?: BaseBoolInt
  relation_requests?: UsersUserMin[]
  /**
   * Domain name of the user's page
   */
  screen_name?: string
  /**
   * User sex
   */
  sex?: BaseSex
  /**
   * User status
   */
  status: string
  status_audio?: AudioAudio
  interests?: AccountUserSettingsInterests
  languages?: string[]
}
/**
 * Schema: `users/objects.json#/definitions/users_user_xtr_type`
 */
export interface UsersUserXtrType extends UsersUserFull {

}
/**
 * Schema: `users/objects.json#/definitions/users_users_array`
 */
export interface UsersUsersArray {
  /**
   * Users number
   */
  count: number
  items: number[]
}
/**
 * Schema: `utils/objects.json#/definitions/utils_domain_resolved`
 */
export interface UtilsDomainResolved {
  /**
   * Object ID
   */
  object_id?: number
  /**
   * Group ID
   */
  group_id?: number
  type?: UtilsDomainResolvedType
}
/**
 * Schema: `utils/responses.json#/definitions/utils_getLastShortenedLinks_response`
 */
export interface UtilsGetLastShortenedLinksResponse {
  /**
   * Total number of available results
   */
  count: number
  items: UtilsLastShortenedLink[]
}
/**
 * Schema: `utils/objects.json#/definitions/utils_last_shortened_link`
 */
export interface UtilsLastShortenedLink {
  /**
   * Access key for private stats
   */
  access_key?: string
  /**
   * Link key (characters after vk.cc/)
   */
  key?: string
  /**
   * Short link URL
   */
  short_url?: string
  /**
   * Creation time in Unixtime
   */
  timestamp?: number
  /**
   * Full URL
   */
  url?: string
  /**
   * Total views number
   */
  views?: number
}
/**
 * Schema: `utils/objects.json#/definitions/utils_link_checked`
 */
export interface UtilsLinkChecked {
  /**
   * Link URL
   */
  link?: string
  status?: UtilsLinkCheckedStatus
}
/**
 * Schema: `utils/objects.json#/definitions/utils_link_stats`
 */
export interface UtilsLinkStats {
  /**
   * Link key (characters after vk.cc/)
   */
  key?: string
  stats?: UtilsStats[]
}
/**
 * Schema: `utils/objects.json#/definitions/utils_link_stats_extended`
 */
export interface UtilsLinkStatsExtended {
  /**
   * Link key (characters after vk.cc/)
   */
  key?: string
  stats?: UtilsStatsExtended[]
}
/**
 * Schema: `utils/objects.json#/definitions/utils_short_link`
 */
export interface UtilsShortLink {
  /**
   * Access key for private stats
   */
  access_key?: string
  /**
   * Link key (characters after vk.cc/)
   */
  key?: string
  /**
   * Short link URL
   */
  short_url?: string
  /**
   * Full URL
   */
  url?: string
}
/**
 * Schema: `utils/objects.json#/definitions/utils_stats`
 */
export interface UtilsStats {
  /**
   * Start time
   */
  timestamp?: number
  /**
   * Total views number
   */
  views?: number
}
/**
 * Schema: `utils/objects.json#/definitions/utils_stats_city`
 */
export interface UtilsStatsCity {
  /**
   * City ID
   */
  city_id?: number
  /**
   * Views number
   */
  views?: number
}
/**
 * Schema: `utils/objects.json#/definitions/utils_stats_country`
 */
export interface UtilsStatsCountry {
  /**
   * Country ID
   */
  country_id?: number
  /**
   * Views number
   */
  views?: number
}
/**
 * Schema: `utils/objects.json#/definitions/utils_stats_extended`
 */
export interface UtilsStatsExtended {
  cities?: UtilsStatsCity[]
  countries?: UtilsStatsCountry[]
  sex_age?: UtilsStatsSexAge[]
  /**
   * Start time
   */
  timestamp?: number
  /**
   * Total views number
   */
  views?: number
}
/**
 * Schema: `utils/objects.json#/definitions/utils_stats_sex_age`
 */
export interface UtilsStatsSexAge {
  /**
   * Age denotation
   */
  age_range?: string
  /**
   *  Views by female users
   */
  female?: number
  /**
   *  Views by male users
   */
  male?: number
}
/**
 * Schema: `video/responses.json#/definitions/video_addAlbum_response`
 */
export interface VideoAddAlbumResponse {
  /**
   * Created album ID
   */
  album_id: number
}
/**
 * Schema: `video/responses.json#/definitions/video_edit_response`
 */
export interface VideoEditResponse {
  success: BaseBoolInt
  /**
   * Access key for access link
   */
  access_key?: string
}
/**
 * Schema: `video/objects.json#/definitions/video_episode`
 */
export interface VideoEpisode {
  /**
   * Seconds from start of the video
   */
  time?: number
  /**
   * Description of episode
   */
  text?: string
}
/**
 * Schema: `video/responses.json#/definitions/video_getAlbumsByVideo_extended_response`
 */
export interface VideoGetAlbumsByVideoExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: VideoVideoAlbumFull[]
}
/**
 * Schema: `video/responses.json#/definitions/video_getAlbums_extended_response`
 */
export interface VideoGetAlbumsExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: VideoVideoAlbumFull[]
}
/**
 * Schema: `video/responses.json#/definitions/video_getAlbums_response`
 */
export interface VideoGetAlbumsResponse {
  /**
   * Total number
   */
  count: number
  items: VideoVideoAlbum[]
}
/**
 * Schema: `video/responses.json#/definitions/video_getComments_extended_response`
 */
export interface VideoGetCommentsExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: WallWallComment[]
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
  /**
   * Count of replies of current level
   */
  current_level_count?: number
  /**
   * Information whether current user can comment the post
   */
  can_post?: boolean
  show_reply_button?: boolean
  /**
   * Information whether groups can comment the post
   */
  groups_can_post?: boolean
  real_offset?: number
}
/**
 * Schema: `video/responses.json#/definitions/video_getComments_response`
 */
export interface VideoGetCommentsResponse {
  /**
   * Total number
   */
  count: number
  items: WallWallComment[]
  /**
   * Count of replies of current level
   */
  current_level_count?: number
  /**
   * Information whether current user can comment the post
   */
  can_post?: boolean
  show_reply_button?: boolean
  /**
   * Information whether groups can comment the post
   */
  groups_can_post?: boolean
  real_offset?: number
}
/**
 * Schema: `video/responses.json#/definitions/video_getLongPollServer_response`
 */
export interface VideoGetLongPollServerResponse {
  url: string
}
/**
 * Schema: `video/responses.json#/definitions/video_getThumbUploadUrl_response`
 */
export interface VideoGetThumbUploadUrlResponse {
  /**
   * Url for thumb upload
   */
  upload_url: string
}
/**
 * Schema: `video/responses.json#/definitions/video_get_response`
 */
export interface VideoGetResponse {
  /**
   * Total number
   */
  count: number
  items: VideoVideoFull[]
  profiles?: UsersUserFull[]
  groups?: GroupsGroupFull[]
  /**
   * Max attached short videos
   */
  max_attached_short_videos?: number
}
/**
 * Schema: `video/objects.json#/definitions/video_live_category`
 */
export interface VideoLiveCategory {
  id: number
  label: string
  sublist?: VideoLiveCategory[]
}
/**
 * Schema: `video/objects.json#/definitions/video_live_info`
 */
export interface VideoLiveInfo {
  enabled: BaseBoolInt
  is_notifications_blocked?: BaseBoolInt
}
/**
 * Video live settings
 *
 * Schema: `video/objects.json#/definitions/video_live_settings`
 */
export interface VideoLiveSettings {
  /**
   * If user car rewind live or not
   */
  can_rewind?: BaseBoolInt
  /**
   * If live is endless or not
   */
  is_endless?: BaseBoolInt
  /**
   * Max possible time for rewind
   */
  max_duration?: number
  /**
   * If live in clips apps
   */
  is_clips_live?: BaseBoolInt
}
/**
 * Schema: `video/responses.json#/definitions/video_saveUploadedThumb_response`
 */
export interface VideoSaveUploadedThumbResponse {
  image?: VideoVideoImage[]
  /**
   * ID of uploaded thumb
   */
  photo_id: number
  /**
   * Owner ID of uploaded thumb
   */
  photo_owner_id?: number
  /**
   * Hash of uploaded thumb
   */
  photo_hash: string
}
/**
 * Schema: `video/objects.json#/definitions/video_save_result`
 */
export interface VideoSaveResult {
  /**
   * Video access key
   */
  access_key?: string
  /**
   * Video description
   */
  description?: string
  /**
   * Video owner ID
   */
  owner_id?: number
  /**
   * Video title
   */
  title?: string
  /**
   * URL for the video uploading
   */
  upload_url?: string
  /**
   * Video ID
   */
  video_id?: number
}
/**
 * Schema: `video/responses.json#/definitions/video_search_extended_response`
 */
export interface VideoSearchExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: VideoVideoFull[]
  profiles: UsersUser[]
  groups: GroupsGroupFull[]
}
/**
 * Schema: `video/responses.json#/definitions/video_search_response`
 */
export interface VideoSearchResponse {
  /**
   * Total number
   */
  count: number
  items: VideoVideoFull[]
}
/**
 * Schema: `video/responses.json#/definitions/video_startStreaming_response`
 */
export interface VideoStartStreamingResponse {
  /**
   * Owner ID of created video object
   */
  owner_id: number
  /**
   * Video ID of created video object
   */
  video_id: number
  /**
   * Video title
   */
  name: string
  /**
   * Video description
   */
  description: string
  /**
   * Video access key
   */
  access_key: string
  stream: VideoStreamInputParams
  post_id?: number
}
/**
 * Schema: `video/responses.json#/definitions/video_stopStreaming_response`
 */
export interface VideoStopStreamingResponse {
  unique_viewers?: number
}
/**
 * Schema: `video/objects.json#/definitions/video_stream_input_params`
 */
export interface VideoStreamInputParams {
  url?: string
  key?: string
  okmp_url?: string
  webrtc_url?: string
}
/**
 * Schema: `video/responses.json#/definitions/video_upload_response`
 */
export interface VideoUploadResponse {
  /**
   * Video size
   */
  size?: number
  /**
   * Video ID
   */
  video_id?: number
}
/**
 * Schema: `video/objects.json#/definitions/video_video`
 */
export interface VideoVideo {
  response_type?: "min" | "full"
  /**
   * Video access key
   */
  access_key?: string
  /**
   * Date when the video has been added in Unixtime
   */
  adding_date?: number
  /**
   * Information whether current user can comment the video
   */
  can_comment?: BaseBoolInt
  /**
   * Information whether current user can edit the video
   */
  can_edit?: BaseBoolInt
  /**
   * Information whether current user can delete the video
   */
  can_delete?: BaseBoolInt
  /**
   * Information whether current user can like the video
   */
  can_like?: BaseBoolInt
  /**
   * Information whether current user can repost the video
   */
  can_repost?: number
  /**
   * Information whether current user can subscribe to author of the video
   */
  can_subscribe?: BaseBoolInt
  /**
   * Information whether current user can promote the video
   */
  can_be_promoted?: BaseBoolInt
  /**
   * Information whether current user can add the video to favourites
   */
  can_add_to_faves?: BaseBoolInt
  /**
   * Information whether current user can add the video
   */
  can_add?: BaseBoolInt
  /**
   * Information whether current user can attach action button to the video
   */
  can_attach_link?: BaseBoolInt
  /**
   * Information whether current user can edit the video privacy
   */
  can_edit_privacy?: BaseBoolInt
  /**
   * 1 if video is private
   */
  is_private?: BaseBoolInt
  /**
   * Number of comments
   */
  comments?: number
  /**
   * Date when video has been uploaded in Unixtime
   */
  date?: number
  /**
   * Video description
   */
  description?: string
  /**
   * Video duration in seconds
   */
  duration?: number
  image?: VideoVideoImage[]
  first_frame?: VideoVideoImage[]
  /**
   * Video width
   */
  width?: number
  /**
   * Video height
   */
  height?: number
  /**
   * Video ID
   */
  id?: number
  /**
   * Video owner ID
   */
  owner_id?: number
  /**
   * Id of the user who uploaded the video if it was uploaded to a group by member
   */
  user_id?: number
  /**
   * Video title
   */
  title?: string
  /**
   * Whether video is added to bookmarks
   */
  is_favorite?: boolean
  /**
   * Video embed URL
   */
  player?: string
  /**
   * Returns if the video is processing
   */
  processing?: BasePropertyExists
  /**
   * 1 if  video is being converted
   */
  converting?: BaseBoolInt
  /**
   * 1 if video is added to user's albums
   */
  added?: BaseBoolInt
  /**
   * 1 if user is subscribed to author of the video
   */
  is_subscribed?: BaseBoolInt
  track_code?: string
  /**
   * Information whether the video is repeated
   */
  repeat?: BasePropertyExists
  type?: "interactive" | "video" | "music_video" | "movie" | "live" | "short_video" | "story" | "video_message"
  /**
   * Number of views
   */
  views?: number
  /**
   * If video is external, number of views on vk
   */
  local_views?: number
  /**
   * Restriction code
   */
  content_restricted?: number
  /**
   * Restriction text
   */
  content_restricted_message?: string
  /**
   * Live donations balance
   */
  balance?: number
  /**
   * 1 if the video is a live stream
   */
  live?: BasePropertyExists
  /**
   * 1 if the video is an upcoming stream
   */
  upcoming?: BasePropertyExists
  /**
   * Date in Unixtime when the live stream is scheduled to start by the author
   */
  live_start_time?: number
  /**
   * Whether current user is subscribed to the upcoming live stream notification (if not subscribed to the author)
   */
  live_notify?: BaseBoolInt
  /**
   * Number of spectators of the stream
   */
  spectators?: number
  /**
   * External platform
   */
  platform?: string
  likes?: BaseLikes
  reposts?: BaseRepostsInfo
}
/**
 * Schema: `video/objects.json#/definitions/video_video_album`
 */
export interface VideoVideoAlbum {
  /**
   * Album ID
   */
  id: number
  /**
   * Album owner's ID
   */
  owner_id: number
  /**
   * Album title
   */
  title: string
  /**
   * Album trackcode
   */
  track_code?: string
  response_type?: "min" | "full"
}
/**
 * Schema: `video/objects.json#/definitions/video_video_album_full`
 */
export interface VideoVideoAlbumFull extends VideoVideoAlbum {
  /**
   * Total number of videos in album
   */
  count: number
  /**
   * Album cover image in different sizes
   */
  image?: VideoVideoImage[]
  /**
   * Need blur album thumb or not
   */
  image_blur?: BasePropertyExists
  /**
   * Information whether album is system
   */
  is_system?: BasePropertyExists
  /**
   * Date when the album has been updated last time in Unixtime
   */
  updated_time: number
  /**
   * Is user can edit playlist
   */
  can_edit?: BaseBoolInt
  /**
   * Is user can delete playlist
   */
  can_delete?: BaseBoolInt
  /**
   * Is user can upload video to playlist
   */
  can_upload?: BaseBoolInt
}
/**
 * Schema: `video/objects.json#/definitions/video_video_files`
 */
export interface VideoVideoFiles {
  /**
   * URL of the external player
   */
  external?: string
  /**
   * URL of the mpeg4 file with 144p quality
   */
  mp4_144?: string
  /**
   * URL of the mpeg4 file with 240p quality
   */
  mp4_240?: string
  /**
   * URL of the mpeg4 file with 360p quality
   */
  mp4_360?: string
  /**
   * URL of the mpeg4 file with 480p quality
   */
  mp4_480?: string
  /**
   * URL of the mpeg4 file with 720p quality
   */
  mp4_720?: string
  /**
   * URL of the mpeg4 file with 1080p quality
   */
  mp4_1080?: string
  /**
   * URL of the mpeg4 file with 2K quality
   */
  mp4_1440?: string
  /**
   * URL of the mpeg4 file with 4K quality
   */
  mp4_2160?: string
  /**
   * URL of the flv file with 320p quality
   */
  flv_320?: string
}
/**
 * Schema: `video/objects.json#/definitions/video_video_full`
 */
export interface VideoVideoFull extends VideoVideo {
  files?: VideoVideoFiles
  trailer?: VideoVideoFiles
  /**
   * List of video episodes with timecodes
   */
  episodes?: VideoEpisode[]
  /**
   * Settings for live stream
   */
  live_settings?: VideoLiveSettings
}
/**
 * Schema: `video/objects.json#/definitions/video_video_image`
 */
export interface VideoVideoImage extends BaseImage {
  with_padding?: BasePropertyExists
  size?: string
}
/**
 * Schema: `wall/objects.json#/definitions/wall_app_post`
 */
export interface WallAppPost {
  /**
   * Application ID
   */
  id?: number
  /**
   * Application name
   */
  name?: string
  /**
   * URL of the preview image with 130 px in width
   */
  photo_130?: string
  /**
   * URL of the preview image with 604 px in width
   */
  photo_604?: string
}
/**
 * Schema: `wall/objects.json#/definitions/wall_attached_note`
 */
export interface WallAttachedNote {
  /**
   * Comments number
   */
  comments: number
  /**
   * Date when the note has been created in Unixtime
   */
  date: number
  /**
   * Note ID
   */
  id: number
  /**
   * Note owner's ID
   */
  owner_id: number
  /**
   * Read comments number
   */
  read_comments: number
  /**
   * Note title
   */
  title: string
  /**
   * Note text
   */
  text?: string
  privacy_view?: string[]
  privacy_comment?: string[]
  can_comment?: number
  /**
   * Note wiki text
   */
  text_wiki?: string
  /**
   * URL of the page with note preview
   */
  view_url: string
}
/**
 * Schema: `wall/objects.json#/definitions/wall_carousel_base`
 */
export interface WallCarouselBase {
  /**
   * Index of current carousel element
   */
  carousel_offset?: number
}
/**
 * Schema: `wall/objects.json#/definitions/wall_comment_attachment`
 */
export interface WallCommentAttachment {
  audio?: AudioAudio
  doc?: DocsDoc
  link?: BaseLink
  market?: MarketMarketItem
  market_market_album?: MarketMarketAlbum
  note?: WallAttachedNote
  page?: PagesWikipageFull
  photo?: PhotosPhoto
  sticker?: BaseSticker
  type: WallCommentAttachmentType
  video?: VideoVideo
  graffiti?: WallGraffiti
}
/**
 * Schema: `wall/responses.json#/definitions/wall_createComment_response`
 */
export interface WallCreateCommentResponse {
  /**
   * Created comment ID
   */
  comment_id: number
  parents_stack?: number[]
}
/**
 * Schema: `wall/responses.json#/definitions/wall_edit_response`
 */
export interface WallEditResponse {
  /**
   * Edited post ID
   */
  post_id: number
}
/**
 * Schema: `wall/objects.json#/definitions/wall_geo`
 */
export interface WallGeo {
  /**
   * Coordinates as string. <latitude> <longtitude>
   */
  coordinates?: string
  /**
   * Information whether a map is showed
   */
  showmap?: number
  /**
   * Place type
   */
  type?: "place" | "point"
}
/**
 * Schema: `wall/responses.json#/definitions/wall_getById_extended_response`
 */
export interface WallGetByIdExtendedResponse {
  items: WallWallItem[]
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
}
/**
 * Schema: `wall/responses.json#/definitions/wall_getById_response`
 */
export interface WallGetByIdResponse {
  items?: WallWallItem[]
}
/**
 * Schema: `wall/responses.json#/definitions/wall_getComment_extended_response`
 */
export interface WallGetCommentExtendedResponse {
  items: WallWallComment[]
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
  /**
   * Information whether current user can comment the post
   */
  can_post?: boolean
  show_reply_button?: boolean
  /**
   * Information whether groups can comment the post
   */
  groups_can_post?: boolean
  /**
   * Author id of the comment's post
   */
  post_author_id?: number
}
/**
 * Schema: `wall/responses.json#/definitions/wall_getComment_response`
 */
export interface WallGetCommentResponse {
  items: WallWallComment[]
  /**
   * Information whether current user can comment the post
   */
  can_post?: boolean
  show_reply_button?: boolean
  /**
   * Information whether groups can comment the post
   */
  groups_can_post?: boolean
}
/**
 * Schema: `wall/responses.json#/definitions/wall_getComments_extended_response`
 */
export interface WallGetCommentsExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: WallWallComment[]
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
  /**
   * Count of replies of current level
   */
  current_level_count?: number
  /**
   * Information whether current user can comment the post
   */
  can_post?: boolean
  show_reply_button?: boolean
  /**
   * Information whether groups can comment the post
   */
  groups_can_post?: boolean
  /**
   * Author id of comments' post
   */
  post_author_id?: number
}
/**
 * Schema: `wall/responses.json#/definitions/wall_getComments_response`
 */
export interface WallGetCommentsResponse {
  /**
   * Total number
   */
  count: number
  items: WallWallComment[]
  /**
   * Count of replies of current level
   */
  current_level_count?: number
  /**
   * Information whether current user can comment the post
   */
  can_post?: boolean
  show_reply_button?: boolean
  /**
   * Information whether groups can comment the post
   */
  groups_can_post?: boolean
}
/**
 * Schema: `wall/responses.json#/definitions/wall_getReposts_response`
 */
export interface WallGetRepostsResponse {
  items: WallWallpostFull[]
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
}
/**
 * Schema: `wall/responses.json#/definitions/wall_get_extended_response`
 */
export interface WallGetExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: WallWallItem[]
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
}
/**
 * Schema: `wall/responses.json#/definitions/wall_get_response`
 */
export interface WallGetResponse {
  /**
   * Total number
   */
  count: number
  items: WallWallItem[]
}
/**
 * Schema: `wall/objects.json#/definitions/wall_graffiti`
 */
export interface WallGraffiti {
  /**
   * Graffiti ID
   */
  id?: number
  /**
   * Graffiti owner's ID
   */
  owner_id?: number
  /**
   * URL of the preview image with 200 px in width
   */
  photo_200?: string
  /**
   * URL of the preview image with 586 px in width
   */
  photo_586?: string
  /**
   * Graffiti height
   */
  height?: number
  /**
   * Graffiti URL
   */
  url?: string
  /**
   * Graffiti width
   */
  width?: number
  /**
   * Access key for graffiti
   */
  access_key?: string
}
/**
 * Schema: `wall/responses.json#/definitions/wall_parseAttachedLink_response`
 */
export interface WallParseAttachedLinkResponse {
  data: WallWallpostAttachment[]
  groups?: GroupsGroupFull[]
  profiles?: UsersUser[]
}
/**
 * Schema: `wall/responses.json#/definitions/wall_postAdsStealth_response`
 */
export interface WallPostAdsStealthResponse {
  /**
   * Created post ID
   */
  post_id: number
}
/**
 * Schema: `wall/objects.json#/definitions/wall_post_copyright`
 */
export interface WallPostCopyright {
  id?: number
  link: string
  name: string
  type: string
}
/**
 * Schema: `wall/responses.json#/definitions/wall_post_response`
 */
export interface WallPostResponse {
  /**
   * Created post ID
   */
  post_id: number
}
/**
 * Schema: `wall/objects.json#/definitions/wall_post_source`
 */
export interface WallPostSource {
  /**
   * Additional data
   */
  data?: string
  /**
   * Platform name
   */
  platform?: string
  type?: WallPostSourceType
  /**
   * URL to an external site used to publish the post
   */
  url?: string
  link?: BaseLink
}
/**
 * Schema: `wall/objects.json#/definitions/wall_posted_photo`
 */
export interface WallPostedPhoto {
  /**
   * Photo ID
   */
  id?: number
  /**
   * Photo owner's ID
   */
  owner_id?: number
  /**
   * URL of the preview image with 130 px in width
   */
  photo_130?: string
  /**
   * URL of the preview image with 604 px in width
   */
  photo_604?: string
}
/**
 * Schema: `wall/responses.json#/definitions/wall_repost_response`
 */
export interface WallRepostResponse {
  success: number
  /**
   * Created post ID
   */
  post_id: number
  /**
   * Reposts number
   */
  reposts_count: number
  /**
   * Reposts to wall number
   */
  wall_repost_count?: number
  /**
   * Reposts to mail number
   */
  mail_repost_count?: number
  /**
   * Reposts number
   */
  likes_count: number
}
/**
 * Schema: `wall/responses.json#/definitions/wall_search_extended_response`
 */
export interface WallSearchExtendedResponse {
  /**
   * Total number
   */
  count: number
  items: WallWallItem[]
  profiles: UsersUserFull[]
  groups: GroupsGroupFull[]
}
/**
 * Schema: `wall/responses.json#/definitions/wall_search_response`
 */
export interface WallSearchResponse {
  /**
   * Total number
   */
  count: number
  items: WallWallItem[]
}
/**
 * Schema: `wall/objects.json#/definitions/wall_views`
 */
export interface WallViews {
  /**
   * Count
   */
  count?: number
}
/**
 * Schema: `wall/objects.json#/definitions/wall_wall_comment`
 */
export interface WallWallComment {
  /**
   * Comment ID
   */
  id: number
  /**
   * Author ID
   */
  from_id: number
  can_edit?: BaseBoolInt
  post_id?: number
  owner_id?: number
  parents_stack?: number[]
  photo_id?: number
  video_id?: number
  /**
   * Date when the comment has been added in Unixtime
   */
  date: number
  /**
   * Comment text
   */
  text: string
  attachments?: WallWallpostAttachment[]
  donut?: WallWallCommentDonut
  likes?: BaseLikesInfo
  /**
   * Real position of the comment
   */
  real_offset?: number
  /**
   * Replied user ID
   */
  reply_to_user?: number
  /**
   * Replied comment ID
   */
  reply_to_comment?: number
  thread?: CommentThread
  /**
   * Whether post is by author of the post or not
   */
  is_from_post_author?: boolean
  deleted?: boolean
  /**
   * Photo ID
   */
  pid?: number
}
/**
 * Schema: `wall/objects.json#/definitions/wall_wall_comment_donut`
 */
export interface WallWallCommentDonut {
  /**
   * Means commentator is donator
   */
  is_don?: boolean
  placeholder?: WallWallCommentDonutPlaceholder
}
/**
 * Schema: `wall/objects.json#/definitions/wall_wall_comment_donut_placeholder`
 */
export interface WallWallCommentDonutPlaceholder {
  text: string
}
/**
 * Schema: `wall/objects.json#/definitions/wall_wallpost`
 */
export interface WallWallpost {
  inner_type?: "wall_wallpost"
  /**
   * Access key to private object
   */
  access_key?: string
  is_deleted?: boolean
  deleted_reason?: string
  deleted_details?: string
  donut_miniapp_url?: string
  attachments?: WallWallpostAttachment[]
  /**
   * Information about the source of the post
   */
  copyright?: WallPostCopyright
  /**
   * Date of publishing in Unixtime
   */
  date?: number
  /**
   * Date of editing in Unixtime
   */
  edited?: number
  /**
   * Post author ID
   */
  from_id?: number
  geo?: WallGeo
  /**
   * Post ID
   */
  id?: number
  /**
   * Is post archived, only for post owners
   */
  is_archived?: boolean
  /**
   * Information whether the post in favorites list
   */
  is_favorite?: boolean
  /**
   * Count of likes
   */
  likes?: BaseLikesInfo
  /**
   * Wall owner's ID
   */
  owner_id?: number
  /**
   * If post type 'reply', contains original post ID
   */
  post_id?: number
  /**
   * If post type 'reply', contains original parent IDs stack
   */
  parents_stack?: number[]
  post_source?: WallPostSource
  post_type?: WallPostType
  reposts?: BaseRepostsInfo
  /**
   * Post signer ID
   */
  signer_id?: number
  /**
   * Post text
   */
  text?: string
  /**
   * Count of views
   */
  views?: WallViews
}
/**
 * Schema: `wall/objects.json#/definitions/wall_wallpost_attachment`
 */
export interface WallWallpostAttachment {
  /**
   * Access key for the audio
   */
  access_key?: string
  album?: PhotosPhotoAlbum
  app?: WallAppPost
  audio?: AudioAudio
  doc?: DocsDoc
  event?: EventsEventAttach
  group?: GroupsGroupAttach
  graffiti?: WallGraffiti
  link?: BaseLink
  market?: MarketMarketItem
  market_album?: MarketMarketAlbum
  note?: NotesNote
  page?: PagesWikipageFull
  photo?: PhotosPhoto
  poll?: PollsPoll
  posted_photo?: WallPostedPhoto
  type: WallWallpostAttachmentType
  video?: VideoVideoFull
  clip?: VideoVideoFull
  video_playlist?: VideoVideoAlbumFull
}
/**
 * Schema: `wall/objects.json#/definitions/wall_wallpost_comments_donut`
 */
export interface WallWallpostCommentsDonut {
  placeholder?: WallWallpostCommentsDonutPlaceholder
}
/**
 * Info about paid comments feature
 *
 * Schema: `wall/objects.json#/definitions/wall_wallpost_comments_donut_placeholder`
 */
export interface WallWallpostCommentsDonutPlaceholder {
  text: string
}
/**
 * Info about paid wall post
 *
 * Schema: `wall/objects.json#/definitions/wall_wallpost_donut`
 */
export interface WallWallpostDonut {
  /**
   * Post only for dons
   */
  is_donut: boolean
  /**
   * Value of this field need to pass in wall.post/edit in donut_paid_duration
   */
  paid_duration?: number
  /**
   * If placeholder was respond, text and all attachments will be hidden
   */
  placeholder?: WallWallpostDonutPlaceholder
  /**
   * Says whether group admin can post free copy of this donut post
   */
  can_publish_free_copy?: boolean
  /**
   * Says what user can edit in post about donut properties
   */
  edit_mode?: "all" | "duration"
}
/**
 * Schema: `wall/objects.json#/definitions/wall_wallpost_donut_placeholder`
 */
export interface WallWallpostDonutPlaceholder {
  text: string
}
/**
 * Schema: `wall/objects.json#/definitions/wall_wallpost_full`
 */
export interface WallWallpostFull extends WallCarouselBase, WallWallpost {
  copy_history?: WallWallpostFull[]
  /**
   * Information whether current user can edit the post
   */
  can_edit?: BaseBoolInt
  /**
   * Post creator ID (if post still can be edited)
   */
  created_by?: number
  /**
   * Information whether current user can delete the post
   */
  can_delete?: BaseBoolInt
  /**
   * Information whether current user can pin the post
   */
  can_pin?: BaseBoolInt
  donut?: WallWallpostDonut
  /**
   * Information whether the post is pinned
   */
  is_pinned?: BaseBoolInt
  comments?: BaseCommentsInfo
  /**
   * Information whether the post is marked as ads
   */
  marked_as_ads?: BaseBoolInt
  /**
   * Topic ID. Allowed values can be obtained from newsfeed.getPostTopics method
   */
  topic_id?: 0 | 1 | 7 | 12 | 16 | 19 | 21 | 23 | 25 | 26 | 32 | 43
  /**
   * Preview length control parameter
   */
  short_text_rate?: number
  /**
   * Hash for sharing
   */
  hash?: string
  type?: WallPostType
  feedback?: NewsfeedItemWallpostFeedback
  to_id?: number
}
/**
 * Schema: `widgets/objects.json#/definitions/widgets_comment_media`
 */
export interface WidgetsCommentMedia {
  /**
   * Media item ID
   */
  item_id?: number
  /**
   * Media owner's ID
   */
  owner_id?: number
  /**
   * URL of the preview image (type=photo only)
   */
  thumb_src?: string
  type?: WidgetsCommentMediaType
}
/**
 * Schema: `widgets/objects.json#/definitions/widgets_comment_replies`
 */
export interface WidgetsCommentReplies {
  /**
   * Information whether current user can comment the post
   */
  can_post?: BaseBoolInt
  /**
   * Comments number
   */
  count?: number
  replies?: WidgetsCommentRepliesItem[]
  /**
   * Information whether groups can comment the post
   */
  groups_can_post?: BaseBoolInt
  /**
   * Information whether current user can view the comments
   */
  can_view?: BaseBoolInt
}
/**
 * Schema: `widgets/objects.json#/definitions/widgets_comment_replies_item`
 */
export interface WidgetsCommentRepliesItem {
  /**
   * Comment ID
   */
  cid?: number
  /**
   * Date when the comment has been added in Unixtime
   */
  date?: number
  likes?: WidgetsWidgetLikes
  /**
   * Comment text
   */
  text?: string
  /**
   * User ID
   */
  uid?: number
  user?: UsersUserFull
}
/**
 * Schema: `widgets/responses.json#/definitions/widgets_getComments_response`
 */
export interface WidgetsGetCommentsResponse {
  /**
   * Total number
   */
  count: number
  posts: WidgetsWidgetComment[]
}
/**
 * Schema: `widgets/responses.json#/definitions/widgets_getPages_response`
 */
export interface WidgetsGetPagesResponse {
  /**
   * Total number
   */
  count: number
  pages: WidgetsWidgetPage[]
}
/**
 * Schema: `widgets/objects.json#/definitions/widgets_widget_comment`
 */
export interface WidgetsWidgetComment {
  attachments?: WallCommentAttachment[]
  /**
   * Wall owner's ID
   */
  owner_id?: number
  /**
   * Information whether current user can delete the comment
   */
  can_delete?: BaseBoolInt
  comments?: WidgetsCommentReplies
  /**
   * Date when the comment has been added in Unixtime
   */
  date: number
  /**
   * Comment author ID
   */
  from_id: number
  /**
   * Comment ID
   */
  id: number
  likes?: BaseLikesInfo
  media?: WidgetsCommentMedia
  post_source?: WallPostSource
  /**
   * Post type
   */
  post_type: string
  reposts?: BaseRepostsInfo
  /**
   * Comment text
   */
  text: string
  /**
   * Wall owner
   */
  to_id: number
  user?: UsersUserFull
  /**
   * Information whether the post in favorites list
   */
  is_favorite?: BaseBoolInt
  /**
   * Preview length control parameter
   */
  short_text_rate?: number
}
/**
 * Schema: `widgets/objects.json#/definitions/widgets_widget_likes`
 */
export interface WidgetsWidgetLikes {
  /**
   * Likes number
   */
  count?: number
}
/**
 * Schema: `widgets/objects.json#/definitions/widgets_widget_page`
 */
export interface WidgetsWidgetPage {
  comments?: BaseObjectCount
  /**
   * Date when widgets on the page has been initialized firstly in Unixtime
   */
  date?: number
  /**
   * Page description
   */
  description?: string
  /**
   * Page ID
   */
  id?: number
  likes?: BaseObjectCount
  /**
   * page_id parameter value
   */
  page_id?: string
  /**
   * URL of the preview image
   */
  photo?: string
  /**
   * Page title
   */
  title?: string
  /**
   * Page absolute URL
   */
  url?: string
}
/**
 * Parameters of `account.ban`.
 *
 * Docs: https://dev.vk.com/method/account.ban
 */
export interface AccountBanParams {
  owner_id?: number
}
/**
 * Parameters of `account.changePassword`.
 *
 * Changes a user password after access is successfully restored with the [vk.com/dev/auth.restore|auth.restore] method.
 *
 * Docs: https://dev.vk.com/method/account.changePassword
 */
export interface AccountChangePasswordParams {
  /**
   * Session id received after the [vk.com/dev/auth.restore|auth.restore] method is executed. (If the password is changed right after the access was restored)
   */
  restore_sid?: string
  /**
   * Hash received after a successful OAuth authorization with a code got by SMS. (If the password is changed right after the access was restored)
   */
  change_password_hash?: string
  /**
   * Current user password.
   */
  old_password?: string
  /**
   * New password that will be set as a current
   */
  new_password: string
}
/**
 * Parameters of `account.getActiveOffers`.
 *
 * Returns a list of active ads (offers) which executed by the user will bring him/her respective number of votes to his balance in the application.
 *
 * Docs: https://dev.vk.com/method/account.getActiveOffers
 */
export interface AccountGetActiveOffersParams {
  offset?: number
  /**
   * Number of results to return.
   */
  count?: number
}
/**
 * Parameters of `account.getAppPermissions`.
 *
 * Gets settings of the user in this application.
 *
 * Docs: https://dev.vk.com/method/account.getAppPermissions
 */
export interface AccountGetAppPermissionsParams {
  /**
   * User ID whose settings information shall be got. By default: current user.
   */
  user_id?: number
}
/**
 * Parameters of `account.getBanned`.
 *
 * Returns a user's blacklist.
 *
 * Docs: https://dev.vk.com/method/account.getBanned
 */
export interface AccountGetBannedParams {
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: number
  /**
   * Number of results to return.
   */
  count?: number
  /**
   * Additional fields of [vk.com/dev/fields|profiles] and [vk.com/dev/fields_groups|communities] to return.
   */
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `account.getCounters`.
 *
 * Returns non-null values of user counters.
 *
 * Docs: https://dev.vk.com/method/account.getCounters
 */
export interface AccountGetCountersParams {
  /**
   * Counters to be returned.
   */
  filter?: AccountCountersFilter[]
}
/**
 * Parameters of `account.getInfo`.
 *
 * Returns current account info.
 *
 * Docs: https://dev.vk.com/method/account.getInfo
 */
export interface AccountGetInfoParams {
  /**
   * Fields to return. Possible values: *'country' - user country,, *'https_required' - is "HTTPS only" option enabled,, *'own_posts_default' - is "Show my posts only" option is enabled,, *'no_wall_replies' - are wall replies disabled or not,, *'intro' - is intro passed by user or not,, *'lang' - user language. By default: all.
   */
  fields?: ("country" | "https_required" | "own_posts_default" | "no_wall_replies" | "intro" | "lang" | "audio_autoplay")[]
}
/**
 * Parameters of `account.getProfileInfo`.
 *
 * Returns the current account info.
 *
 * Docs: https://dev.vk.com/method/account.getProfileInfo
 */
export interface AccountGetProfileInfoParams {

}
/**
 * Parameters of `account.getPushSettings`.
 *
 * Gets settings of push notifications.
 *
 * Docs: https://dev.vk.com/method/account.getPushSettings
 */
export interface AccountGetPushSettingsParams {
  /**
   * Unique device ID.
   */
  device_id?: string
}
/**
 * Parameters of `account.registerDevice`.
 *
 * Subscribes an iOS/Android/Windows Phone-based device to receive push notifications
 *
 * Docs: https://dev.vk.com/method/account.registerDevice
 */
export interface AccountRegisterDeviceParams {
  /**
   * Device token used to send notifications. (for mpns, the token shall be URL for sending of notifications)
   */
  token: string
  /**
   * String name of device model.
   */
  device_model?: string
  /**
   * Device year.
   */
  device_year?: number
  /**
   * Unique device ID.
   */
  device_id: string
  /**
   * String version of device operating system.
   */
  system_version?: string
  /**
   * Push settings in a [vk.com/dev/push_settings|special format].
   */
  settings?: string
  sandbox?: boolean | 0 | 1
  pushes_granted?: boolean | 0 | 1
}
/**
 * Parameters of `account.saveProfileInfo`.
 *
 * Edits current profile info.
 *
 * Docs: https://dev.vk.com/method/account.saveProfileInfo
 */
export interface AccountSaveProfileInfoParams {
  /**
   * User first name.
   */
  first_name?: string
  /**
   * User last name.
   */
  last_name?: string
  /**
   * User maiden name (female only)
   */
  maiden_name?: string
  /**
   * User screen name.
   */
  screen_name?: string
  /**
   * ID of the name change request to be canceled. If this parameter is sent, all the others are ignored.
   */
  cancel_request_id?: number
  /**
   * User sex. Possible values: , * '1' - female,, * '2' - male.
   */
  sex?: 0 | 1 | 2
  /**
   * User relationship status. Possible values: , * '1' - single,, * '2' - in a relationship,, * '3' - engaged,, * '4' - married,, * '5' - it's complicated,, * '6' - actively searching,, * '7' - in love,, * '0' - not specified.
   */
  relation?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8
  /**
   * ID of the relationship partner.
   */
  relation_partner_id?: number
  /**
   * User birth date, format: DD.MM.YYYY.
   */
  bdate?: string
  /**
   * Birth date visibility. Returned values: , * '1' - show birth date,, * '2' - show only month and day,, * '0' - hide birth date.
   */
  bdate_visibility?: 0 | 1 | 2
  /**
   * User home town.
   */
  home_town?: string
  /**
   * User country.
   */
  country_id?: number
  /**
   * User city.
   */
  city_id?: number
  /**
   * Status text.
   */
  status?: string
}
/**
 * Parameters of `account.setInfo`.
 *
 * Allows to edit the current account info.
 *
 * Docs: https://dev.vk.com/method/account.setInfo
 */
export interface AccountSetInfoParams {
  /**
   * Setting name.
   */
  name?: "audio_autoplay" | "intro" | "no_wall_replies" | "own_posts_default"
  /**
   * Setting value.
   */
  value?: string
}
/**
 * Parameters of `account.setOffline`.
 *
 * Marks a current user as offline.
 *
 * Docs: https://dev.vk.com/method/account.setOffline
 */
export interface AccountSetOfflineParams {

}
/**
 * Parameters of `account.setOnline`.
 *
 * Marks the current user as online for 15 minutes.
 *
 * Docs: https://dev.vk.com/method/account.setOnline
 */
export interface AccountSetOnlineParams {
  /**
   * '1' if videocalls are available for current device.
   */
  voip?: boolean | 0 | 1
}
/**
 * Parameters of `account.setPushSettings`.
 *
 * Change push settings.
 *
 * Docs: https://dev.vk.com/method/account.setPushSettings
 */
export interface AccountSetPushSettingsParams {
  /**
   * Unique device ID.
   */
  device_id: string
  /**
   * Push settings in a [vk.com/dev/push_settings|special format].
   */
  settings?: string
  /**
   * Notification key.
   */
  key?: string
  /**
   * New value for the key in a [vk.com/dev/push_settings|special format].
   */
  value?: string[]
}
/**
 * Parameters of `account.setSilenceMode`.
 *
 * Mutes push notifications for the set period of time.
 *
 * Docs: https://dev.vk.com/method/account.setSilenceMode
 */
export interface AccountSetSilenceModeParams {
  /**
   * Unique device ID.
   */
  device_id?: string
  /**
   * Time in seconds for what notifications should be disabled. '-1' to disable forever.
   */
  time?: number
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'Chat ID', e.g. '2000000001'. For community: '- Community ID', e.g. '-12345'. "
   */
  peer_id?: number
  /**
   * '1' - to enable sound in this dialog, '0' - to disable sound. Only if 'peer_id' contains user or community ID.
   */
  sound?: number
}
/**
 * Parameters of `account.unban`.
 *
 * Docs: https://dev.vk.com/method/account.unban
 */
export interface AccountUnbanParams {
  owner_id?: number
}
/**
 * Parameters of `account.unregisterDevice`.
 *
 * Unsubscribes a device from push notifications.
 *
 * Docs: https://dev.vk.com/method/account.unregisterDevice
 */
export interface AccountUnregisterDeviceParams {
  /**
   * Unique device ID.
   */
  device_id?: string
  sandbox?: boolean | 0 | 1
}
/**
 * Parameters of `ads.addOfficeUsers`.
 *
 * Adds managers and/or supervisors to advertising account.
 *
 * Docs: https://dev.vk.com/method/ads.addOfficeUsers
 */
export interface AdsAddOfficeUsersParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Serialized JSON array of objects that describe added managers. Description of 'user_specification' objects see below.
   */
  data: AdsUserSpecificationCutted[] | string
}
/**
 * Parameters of `ads.checkLink`.
 *
 * Allows to check the ad link.
 *
 * Docs: https://dev.vk.com/method/ads.checkLink
 */
export interface AdsCheckLinkParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Object type: *'community' - community,, *'post' - community post,, *'application' - VK application,, *'video' - video,, *'site' - external site.
   */
  link_type: "application" | "community" | "mobile_app" | "post" | "site" | "user" | "user_post" | "video"
  /**
   * Object URL.
   */
  link_url: string
  /**
   * Campaign ID
   */
  campaign_id?: number
}
/**
 * Parameters of `ads.createAds`.
 *
 * Creates ads.
 *
 * Docs: https://dev.vk.com/method/ads.createAds
 */
export interface AdsCreateAdsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Serialized JSON array of objects that describe created ads. Description of 'ad_specification' objects see below.
   */
  data: string
}
/**
 * Parameters of `ads.createCampaigns`.
 *
 * Creates advertising campaigns.
 *
 * Docs: https://dev.vk.com/method/ads.createCampaigns
 */
export interface AdsCreateCampaignsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Serialized JSON array of objects that describe created campaigns. Description of 'campaign_specification' objects see below.
   */
  data: string
}
/**
 * Parameters of `ads.createClients`.
 *
 * Creates clients of an advertising agency.
 *
 * Docs: https://dev.vk.com/method/ads.createClients
 */
export interface AdsCreateClientsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Serialized JSON array of objects that describe created campaigns. Description of 'client_specification' objects see below.
   */
  data: string
}
/**
 * Parameters of `ads.createLookalikeRequest`.
 *
 * Docs: https://dev.vk.com/method/ads.createLookalikeRequest
 */
export interface AdsCreateLookalikeRequestParams {
  account_id: number
  client_id?: number
  source_type: string
  retargeting_group_id?: number
}
/**
 * Parameters of `ads.createTargetGroup`.
 *
 * Creates a group to re-target ads for users who visited advertiser's site (viewed information about the product, registered, etc.).
 *
 * Docs: https://dev.vk.com/method/ads.createTargetGroup
 */
export interface AdsCreateTargetGroupParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * 'Only for advertising agencies.', ID of the client with the advertising account where the group will be created.
   */
  client_id?: number
  /**
   * Name of the target group - a string up to 64 characters long.
   */
  name: string
  /**
   * 'For groups with auditory created with pixel code only.', , Number of days after that users will be automatically removed from the group.
   */
  lifetime: number
  target_pixel_id?: number
  target_pixel_rules?: string
}
/**
 * Parameters of `ads.createTargetPixel`.
 *
 * Docs: https://dev.vk.com/method/ads.createTargetPixel
 */
export interface AdsCreateTargetPixelParams {
  account_id: number
  client_id?: number
  name: string
  domain?: string
  category_id: number
}
/**
 * Parameters of `ads.deleteAds`.
 *
 * Archives ads.
 *
 * Docs: https://dev.vk.com/method/ads.deleteAds
 */
export interface AdsDeleteAdsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Serialized JSON array with ad IDs.
   */
  ids: string
}
/**
 * Parameters of `ads.deleteCampaigns`.
 *
 * Archives advertising campaigns.
 *
 * Docs: https://dev.vk.com/method/ads.deleteCampaigns
 */
export interface AdsDeleteCampaignsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Serialized JSON array with IDs of deleted campaigns.
   */
  ids: string
}
/**
 * Parameters of `ads.deleteClients`.
 *
 * Archives clients of an advertising agency.
 *
 * Docs: https://dev.vk.com/method/ads.deleteClients
 */
export interface AdsDeleteClientsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Serialized JSON array with IDs of deleted clients.
   */
  ids: string
}
/**
 * Parameters of `ads.deleteTargetGroup`.
 *
 * Deletes a retarget group.
 *
 * Docs: https://dev.vk.com/method/ads.deleteTargetGroup
 */
export interface AdsDeleteTargetGroupParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * 'Only for advertising agencies.' , ID of the client with the advertising account where the group will be created.
   */
  client_id?: number
  /**
   * Group ID.
   */
  target_group_id: number
}
/**
 * Parameters of `ads.deleteTargetPixel`.
 *
 * Docs: https://dev.vk.com/method/ads.deleteTargetPixel
 */
export interface AdsDeleteTargetPixelParams {
  account_id: number
  client_id?: number
  target_pixel_id: number
}
/**
 * Parameters of `ads.getAccounts`.
 *
 * Returns a list of advertising accounts.
 *
 * Docs: https://dev.vk.com/method/ads.getAccounts
 */
export interface AdsGetAccountsParams {

}
/**
 * Parameters of `ads.getAds`.
 *
 * Returns number of ads.
 *
 * Docs: https://dev.vk.com/method/ads.getAds
 */
export interface AdsGetAdsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * 'Available and required for advertising agencies.' ID of the client ads are retrieved from.
   */
  client_id?: number
  /**
   * Flag that specifies whether archived ads shall be shown: *0 - show only active ads,, *1 - show all ads.
   */
  include_deleted?: boolean | 0 | 1
  /**
   * Flag that specifies whether to show only archived ads: *0 - show all ads,, *1 - show only archived ads. Available when include_deleted flag is *1
   */
  only_deleted?: boolean | 0 | 1
  /**
   * Filter by advertising campaigns. Serialized JSON array with campaign IDs. If the parameter is null, ads of all campaigns will be shown.
   */
  campaign_ids?: string
  /**
   * Filter by ads. Serialized JSON array with ad IDs. If the parameter is null, all ads will be shown.
   */
  ad_ids?: string
  /**
   * Limit of number of returned ads. Used only if ad_ids parameter is null, and 'campaign_ids' parameter contains ID of only one campaign.
   */
  limit?: number
  /**
   * Offset. Used in the same cases as 'limit' parameter.
   */
  offset?: number
}
/**
 * Parameters of `ads.getAdsLayout`.
 *
 * Returns descriptions of ad layouts.
 *
 * Docs: https://dev.vk.com/method/ads.getAdsLayout
 */
export interface AdsGetAdsLayoutParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * 'For advertising agencies.' ID of the client ads are retrieved from.
   */
  client_id?: number
  /**
   * Flag that specifies whether archived ads shall be shown. *0 - show only active ads,, *1 - show all ads.
   */
  include_deleted?: boolean | 0 | 1
  /**
   * Flag that specifies whether to show only archived ads: *0 - show all ads,, *1 - show only archived ads. Available when include_deleted flag is *1
   */
  only_deleted?: boolean | 0 | 1
  /**
   * Filter by advertising campaigns. Serialized JSON array with campaign IDs. If the parameter is null, ads of all campaigns will be shown.
   */
  campaign_ids?: string
  /**
   * Filter by ads. Serialized JSON array with ad IDs. If the parameter is null, all ads will be shown.
   */
  ad_ids?: string
  /**
   * Limit of number of returned ads. Used only if 'ad_ids' parameter is null, and 'campaign_ids' parameter contains ID of only one campaign.
   */
  limit?: number
  /**
   * Offset. Used in the same cases as 'limit' parameter.
   */
  offset?: number
}
/**
 * Parameters of `ads.getAdsTargeting`.
 *
 * Returns ad targeting parameters.
 *
 * Docs: https://dev.vk.com/method/ads.getAdsTargeting
 */
export interface AdsGetAdsTargetingParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * 'For advertising agencies.' ID of the client ads are retrieved from.
   */
  client_id?: number
  /**
   * flag that specifies whether archived ads shall be shown: *0 - show only active ads,, *1 - show all ads.
   */
  include_deleted?: boolean | 0 | 1
  only_deleted?: boolean | 0 | 1
  /**
   * Filter by advertising campaigns. Serialized JSON array with campaign IDs. If the parameter is null, ads of all campaigns will be shown.
   */
  campaign_ids?: string
  /**
   * Filter by ads. Serialized JSON array with ad IDs. If the parameter is null, all ads will be shown.
   */
  ad_ids?: string
  /**
   * Limit of number of returned ads. Used only if 'ad_ids' parameter is null, and 'campaign_ids' parameter contains ID of only one campaign.
   */
  limit?: number
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: number
}
/**
 * Parameters of `ads.getBudget`.
 *
 * Returns current budget of the advertising account.
 *
 * Docs: https://dev.vk.com/method/ads.getBudget
 */
export interface AdsGetBudgetParams {
  /**
   * Advertising account ID.
   */
  account_id: number
}
/**
 * Parameters of `ads.getCampaigns`.
 *
 * Returns a list of campaigns in an advertising account.
 *
 * Docs: https://dev.vk.com/method/ads.getCampaigns
 */
export interface AdsGetCampaignsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * 'For advertising agencies'. ID of the client advertising campaigns are retrieved from.
   */
  client_id?: number
  /**
   * Flag that specifies whether archived ads shall be shown. *0 - show only active campaigns,, *1 - show all campaigns.
   */
  include_deleted?: boolean | 0 | 1
  /**
   * Filter of advertising campaigns to show. Serialized JSON array with campaign IDs. Only campaigns that exist in 'campaign_ids' and belong to the specified advertising account will be shown. If the parameter is null, all campaigns will be shown.
   */
  campaign_ids?: string
  fields?: "ads_count"[]
}
/**
 * Parameters of `ads.getCategories`.
 *
 * Returns a list of possible ad categories.
 *
 * Docs: https://dev.vk.com/method/ads.getCategories
 */
export interface AdsGetCategoriesParams {
  /**
   * Language. The full list of supported languages is [vk.com/dev/api_requests|here].
   */
  lang?: string
}
/**
 * Parameters of `ads.getClients`.
 *
 * Returns a list of advertising agency's clients.
 *
 * Docs: https://dev.vk.com/method/ads.getClients
 */
export interface AdsGetClientsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
}
/**
 * Parameters of `ads.getDemographics`.
 *
 * Returns demographics for ads or campaigns.
 *
 * Docs: https://dev.vk.com/method/ads.getDemographics
 */
export interface AdsGetDemographicsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Type of requested objects listed in 'ids' parameter: *ad - ads,, *campaign - campaigns.
   */
  ids_type: "ad" | "campaign"
  /**
   * IDs requested ads or campaigns, separated with a comma, depending on the value set in 'ids_type'. Maximum 2000 objects.
   */
  ids: string
  /**
   * Data grouping by dates: *day - statistics by days,, *month - statistics by months,, *overall - overall statistics. 'date_from' and 'date_to' parameters set temporary limits.
   */
  period: "day" | "month" | "overall"
  /**
   * Date to show statistics from. For different value of 'period' different date format is used: *day: YYYY-MM-DD, example: 2011-09-27 - September 27, 2011, **0 - day it was created on,, *month: YYYY-MM, example: 2011-09 - September 2011, **0 - month it was created in,, *overall: 0.
   */
  date_from: string
  /**
   * Date to show statistics to. For different value of 'period' different date format is used: *day: YYYY-MM-DD, example: 2011-09-27 - September 27, 2011, **0 - current day,, *month: YYYY-MM, example: 2011-09 - September 2011, **0 - current month,, *overall: 0.
   */
  date_to: string
}
/**
 * Parameters of `ads.getFloodStats`.
 *
 * Returns information about current state of a counter - number of remaining runs of methods and time to the next counter nulling in seconds.
 *
 * Docs: https://dev.vk.com/method/ads.getFloodStats
 */
export interface AdsGetFloodStatsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
}
/**
 * Parameters of `ads.getLookalikeRequests`.
 *
 * Docs: https://dev.vk.com/method/ads.getLookalikeRequests
 */
export interface AdsGetLookalikeRequestsParams {
  account_id: number
  client_id?: number
  requests_ids?: string
  offset?: number
  limit?: number
  sort_by?: string
}
/**
 * Parameters of `ads.getMusicians`.
 *
 * Docs: https://dev.vk.com/method/ads.getMusicians
 */
export interface AdsGetMusiciansParams {
  artist_name: string
}
/**
 * Parameters of `ads.getMusiciansByIds`.
 *
 * Docs: https://dev.vk.com/method/ads.getMusiciansByIds
 */
export interface AdsGetMusiciansByIdsParams {
  ids: number[]
}
/**
 * Parameters of `ads.getOfficeUsers`.
 *
 * Returns a list of managers and supervisors of advertising account.
 *
 * Docs: https://dev.vk.com/method/ads.getOfficeUsers
 */
export interface AdsGetOfficeUsersParams {
  /**
   * Advertising account ID.
   */
  account_id: number
}
/**
 * Parameters of `ads.getPostsReach`.
 *
 * Returns detailed statistics of promoted posts reach from campaigns and ads.
 *
 * Docs: https://dev.vk.com/method/ads.getPostsReach
 */
export interface AdsGetPostsReachParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Type of requested objects listed in 'ids' parameter: *ad - ads,, *campaign - campaigns.
   */
  ids_type: "ad" | "campaign"
  /**
   * IDs requested ads or campaigns, separated with a comma, depending on the value set in 'ids_type'. Maximum 100 objects.
   */
  ids: string
}
/**
 * Parameters of `ads.getRejectionReason`.
 *
 * Returns a reason of ad rejection for pre-moderation.
 *
 * Docs: https://dev.vk.com/method/ads.getRejectionReason
 */
export interface AdsGetRejectionReasonParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Ad ID.
   */
  ad_id: number
}
/**
 * Parameters of `ads.getStatistics`.
 *
 * Returns statistics of performance indicators for ads, campaigns, clients or the whole account.
 *
 * Docs: https://dev.vk.com/method/ads.getStatistics
 */
export interface AdsGetStatisticsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Type of requested objects listed in 'ids' parameter: *ad - ads,, *campaign - campaigns,, *client - clients,, *office - account.
   */
  ids_type: "ad" | "campaign" | "client" | "office"
  /**
   * IDs requested ads, campaigns, clients or account, separated with a comma, depending on the value set in 'ids_type'. Maximum 2000 objects.
   */
  ids: string
  /**
   * Data grouping by dates: *day - statistics by days,, *month - statistics by months,, *overall - overall statistics. 'date_from' and 'date_to' parameters set temporary limits.
   */
  period: "day" | "month" | "overall" | "week" | "year"
  /**
   * Date to show statistics from. For different value of 'period' different date format is used: *day: YYYY-MM-DD, example: 2011-09-27 - September 27, 2011, **0 - day it was created on,, *month: YYYY-MM, example: 2011-09 - September 2011, **0 - month it was created in,, *overall: 0.
   */
  date_from: string
  /**
   * Date to show statistics to. For different value of 'period' different date format is used: *day: YYYY-MM-DD, example: 2011-09-27 - September 27, 2011, **0 - current day,, *month: YYYY-MM, example: 2011-09 - September 2011, **0 - current month,, *overall: 0.
   */
  date_to: string
  /**
   * Additional fields to add to statistics
   */
  stats_fields?: "views_times"[]
}
/**
 * Parameters of `ads.getSuggestions`.
 *
 * Returns a set of auto-suggestions for various targeting parameters.
 *
 * Docs: https://dev.vk.com/method/ads.getSuggestions
 */
export interface AdsGetSuggestionsParams {
  /**
   * Section, suggestions are retrieved in. Available values: *countries - request of a list of countries. If q is not set or blank, a short list of countries is shown. Otherwise, a full list of countries is shown. *regions - requested list of regions. 'country' parameter is required. *cities - requested list of cities. 'country' parameter is required. *districts - requested list of districts. 'cities' parameter is required. *stations - requested list of subway stations. 'cities' parameter is required. *streets - requested list of streets. 'cities' parameter is required. *schools - requested list of educational organizations. 'cities' parameter is required. *interests - requested list of interests. *positions - requested list of positions (professions). *group_types - requested list of group types. *religions - requested list of religious commitments. *browsers - requested list of browsers and mobile devices.
   */
  section: "browsers" | "cities" | "cities_regions" | "countries" | "districts" | "group_types" | "interest_categories" | "interest_categories_v2" | "interests" | "operators" | "positions" | "price_lists" | "regions" | "religions" | "schools" | "stations" | "streets" | "user_browsers" | "user_devices" | "user_operating_systems" | "user_os"
  /**
   * Objects IDs separated by commas. If the parameter is passed, 'q, country, cities' should not be passed.
   */
  ids?: string
  /**
   * Filter-line of the request (for countries, regions, cities, streets, schools, interests, positions).
   */
  q?: string
  /**
   * ID of the country objects are searched in.
   */
  country?: number
  /**
   * IDs of cities where objects are searched in, separated with a comma.
   */
  cities?: string
  /**
   * Language of the returned string values. Supported languages: *ru - Russian,, *ua - Ukrainian,, *en - English.
   */
  lang?: BaseLang
}
/**
 * Parameters of `ads.getTargetGroups`.
 *
 * Returns a list of target groups.
 *
 * Docs: https://dev.vk.com/method/ads.getTargetGroups
 */
export interface AdsGetTargetGroupsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * 'Only for advertising agencies.', ID of the client with the advertising account where the group will be created.
   */
  client_id?: number
  /**
   * '1' - to return pixel code.
   */
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `ads.getTargetPixels`.
 *
 * Docs: https://dev.vk.com/method/ads.getTargetPixels
 */
export interface AdsGetTargetPixelsParams {
  account_id: number
  client_id?: number
}
/**
 * Parameters of `ads.getTargetingStats`.
 *
 * Returns the size of targeting audience, and also recommended values for CPC and CPM.
 *
 * Docs: https://dev.vk.com/method/ads.getTargetingStats
 */
export interface AdsGetTargetingStatsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  client_id?: number
  /**
   * Serialized JSON object that describes targeting parameters. Description of 'criteria' object see below.
   */
  criteria?: string
  /**
   * ID of an ad which targeting parameters shall be analyzed.
   */
  ad_id?: number
  /**
   * Ad format. Possible values: *'1' - image and text,, *'2' - big image,, *'3' - exclusive format,, *'4' - community, square image,, *'7' - special app format,, *'8' - special community format,, *'9' - post in community,, *'10' - app board.
   */
  ad_format?: 1 | 2 | 4 | 7 | 10 | 6 | 9 | 11
  /**
   * Platforms to use for ad showing. Possible values: (for 'ad_format' = '1'), *'0' - VK and partner sites,, *'1' - VK only. (for 'ad_format' = '9'), *'all' - all platforms,, *'desktop' - desktop version,, *'mobile' - mobile version and apps.
   */
  ad_platform?: string
  ad_platform_no_wall?: string
  ad_platform_no_ad_network?: string
  publisher_platforms?: string
  /**
   * URL for the advertised object.
   */
  link_url: string
  /**
   * Domain of the advertised object.
   */
  link_domain?: string
  /**
   * Additionally return recommended cpc and cpm to reach 5,10..95 percents of audience.
   */
  need_precise?: boolean | 0 | 1
  /**
   * Impressions limit period in seconds, must be a multiple of 86400(day)
   */
  impressions_limit_period?: number
}
/**
 * Parameters of `ads.getUploadURL`.
 *
 * Returns URL to upload an ad photo to.
 *
 * Docs: https://dev.vk.com/method/ads.getUploadURL
 */
export interface AdsGetUploadURLParams {
  /**
   * Ad format: *1 - image and text,, *2 - big image,, *3 - exclusive format,, *4 - community, square image,, *7 - special app format.
   */
  ad_format: 1 | 2 | 4 | 7 | 10 | 11
  icon?: number
}
/**
 * Parameters of `ads.getVideoUploadURL`.
 *
 * Returns URL to upload an ad video to.
 *
 * Docs: https://dev.vk.com/method/ads.getVideoUploadURL
 */
export interface AdsGetVideoUploadURLParams {

}
/**
 * Parameters of `ads.importTargetContacts`.
 *
 * Imports a list of advertiser's contacts to count VK registered users against the target group.
 *
 * Docs: https://dev.vk.com/method/ads.importTargetContacts
 */
export interface AdsImportTargetContactsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * 'Only for advertising agencies.' , ID of the client with the advertising account where the group will be created.
   */
  client_id?: number
  /**
   * Target group ID.
   */
  target_group_id: number
  /**
   * List of phone numbers, emails or user IDs separated with a comma.
   */
  contacts: string
}
/**
 * Parameters of `ads.removeOfficeUsers`.
 *
 * Removes managers and/or supervisors from advertising account.
 *
 * Docs: https://dev.vk.com/method/ads.removeOfficeUsers
 */
export interface AdsRemoveOfficeUsersParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Serialized JSON array with IDs of deleted managers.
   */
  ids: string
}
/**
 * Parameters of `ads.removeTargetContacts`.
 *
 * Docs: https://dev.vk.com/method/ads.removeTargetContacts
 */
export interface AdsRemoveTargetContactsParams {
  account_id: number
  client_id?: number
  target_group_id: number
  contacts: string
}
/**
 * Parameters of `ads.saveLookalikeRequestResult`.
 *
 * Docs: https://dev.vk.com/method/ads.saveLookalikeRequestResult
 */
export interface AdsSaveLookalikeRequestResultParams {
  account_id: number
  client_id?: number
  request_id: number
  level: number
}
/**
 * Parameters of `ads.shareTargetGroup`.
 *
 * Docs: https://dev.vk.com/method/ads.shareTargetGroup
 */
export interface AdsShareTargetGroupParams {
  account_id: number
  client_id?: number
  target_group_id: number
  share_with_client_id?: number
}
/**
 * Parameters of `ads.updateAds`.
 *
 * Edits ads.
 *
 * Docs: https://dev.vk.com/method/ads.updateAds
 */
export interface AdsUpdateAdsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Serialized JSON array of objects that describe changes in ads. Description of 'ad_edit_specification' objects see below.
   */
  data: string
}
/**
 * Parameters of `ads.updateCampaigns`.
 *
 * Edits advertising campaigns.
 *
 * Docs: https://dev.vk.com/method/ads.updateCampaigns
 */
export interface AdsUpdateCampaignsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Serialized JSON array of objects that describe changes in campaigns. Description of 'campaign_mod' objects see below.
   */
  data: string
}
/**
 * Parameters of `ads.updateClients`.
 *
 * Edits clients of an advertising agency.
 *
 * Docs: https://dev.vk.com/method/ads.updateClients
 */
export interface AdsUpdateClientsParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Serialized JSON array of objects that describe changes in clients. Description of 'client_mod' objects see below.
   */
  data: string
}
/**
 * Parameters of `ads.updateOfficeUsers`.
 *
 * Adds managers and/or supervisors to advertising account.
 *
 * Docs: https://dev.vk.com/method/ads.updateOfficeUsers
 */
export interface AdsUpdateOfficeUsersParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * Serialized JSON array of objects that describe added managers. Description of 'user_specification' objects see below.
   */
  data: AdsUserSpecification[] | string
}
/**
 * Parameters of `ads.updateTargetGroup`.
 *
 * Edits a retarget group.
 *
 * Docs: https://dev.vk.com/method/ads.updateTargetGroup
 */
export interface AdsUpdateTargetGroupParams {
  /**
   * Advertising account ID.
   */
  account_id: number
  /**
   * 'Only for advertising agencies.' , ID of the client with the advertising account where the group will be created.
   */
  client_id?: number
  /**
   * Group ID.
   */
  target_group_id: number
  /**
   * New name of the target group - a string up to 64 characters long.
   */
  name: string
  /**
   * Domain of the site where user accounting code will be placed.
   */
  domain?: string
  /**
   * 'Only for the groups that get audience from sites with user accounting code.', Time in days when users added to a retarget group will be automatically excluded from it. '0' - automatic exclusion is off.
   */
  lifetime: number
  target_pixel_id?: number
  target_pixel_rules?: string
}
/**
 * Parameters of `ads.updateTargetPixel`.
 *
 * Docs: https://dev.vk.com/method/ads.updateTargetPixel
 */
export interface AdsUpdateTargetPixelParams {
  account_id: number
  client_id?: number
  target_pixel_id: number
  name: string
  domain?: string
  category_id: number
}
/**
 * Parameters of `appWidgets.getAppImageUploadServer`.
 *
 * Returns a URL for uploading a photo to the community collection for community app widgets
 *
 * Docs: https://dev.vk.com/method/appWidgets.getAppImageUploadServer
 */
export interface AppWidgetsGetAppImageUploadServerParams {
  image_type: "160x160" | "160x240" | "24x24" | "50x50" | "510x128"
}
/**
 * Parameters of `appWidgets.getAppImages`.
 *
 * Returns an app collection of images for community app widgets
 *
 * Docs: https://dev.vk.com/method/appWidgets.getAppImages
 */
export interface AppWidgetsGetAppImagesParams {
  /**
   * Offset needed to return a specific subset of images.
   */
  offset?: number
  /**
   * Maximum count of results.
   */
  count?: number
  image_type?: "160x160" | "160x240" | "24x24" | "50x50" | "510x128"
}
/**
 * Parameters of `appWidgets.getGroupImageUploadServer`.
 *
 * Returns a URL for uploading a photo to the community collection for community app widgets
 *
 * Docs: https://dev.vk.com/method/appWidgets.getGroupImageUploadServer
 */
export interface AppWidgetsGetGroupImageUploadServerParams {
  image_type: "160x160" | "160x240" | "24x24" | "50x50" | "510x128"
}
/**
 * Parameters of `appWidgets.getGroupImages`.
 *
 * Returns a community collection of images for community app widgets
 *
 * Docs: https://dev.vk.com/method/appWidgets.getGroupImages
 */
export interface AppWidgetsGetGroupImagesParams {
  /**
   * Offset needed to return a specific subset of images.
   */
  offset?: number
  /**
   * Maximum count of results.
   */
  count?: number
  image_type?: "160x160" | "160x240" | "24x24" | "50x50" | "510x128"
}
/**
 * Parameters of `appWidgets.getImagesById`.
 *
 * Returns an image for community app widgets by its ID
 *
 * Docs: https://dev.vk.com/method/appWidgets.getImagesById
 */
export interface AppWidgetsGetImagesByIdParams {
  /**
   * List of images IDs
   */
  images: string[]
}
/**
 * Parameters of `appWidgets.saveAppImage`.
 *
 * Allows to save image into app collection for community app widgets
 *
 * Docs: https://dev.vk.com/method/appWidgets.saveAppImage
 */
export interface AppWidgetsSaveAppImageParams {
  /**
   * Parameter returned when photo is uploaded to server
   */
  hash: string
  /**
   * Parameter returned when photo is uploaded to server
   */
  image: string
}
/**
 * Parameters of `appWidgets.saveGroupImage`.
 *
 * Allows to save image into community collection for community app widgets
 *
 * Docs: https://dev.vk.com/method/appWidgets.saveGroupImage
 */
export interface AppWidgetsSaveGroupImageParams {
  /**
   * Parameter returned when photo is uploaded to server
   */
  hash: string
  /**
   * Parameter returned when photo is uploaded to server
   */
  image: string
}
/**
 * Parameters of `appWidgets.update`.
 *
 * Allows to update community app widget
 *
 * Docs: https://dev.vk.com/method/appWidgets.update
 */
export interface AppWidgetsUpdateParams {
  code: string
  type: "compact_list" | "cover_list" | "donation" | "list" | "match" | "matches" | "table" | "text" | "tiles"
}
/**
 * Parameters of `apps.addSnippet`.
 *
 * Docs: https://dev.vk.com/method/apps.addSnippet
 */
export interface AppsAddSnippetParams {
  vk_ref?: ("snippet_im" | "snippet_post")[]
  group_id?: number[]
  hash?: string[]
  snippet_id?: number
  title?: string
  description?: string
  image_url?: string
  small_image_url?: string
  button?: "buy" | "buy_ticket" | "contact" | "create" | "enroll" | "fill" | "go" | "help" | "open" | "play"
}
/**
 * Parameters of `apps.addUsersToTestingGroup`.
 *
 * Docs: https://dev.vk.com/method/apps.addUsersToTestingGroup
 */
export interface AppsAddUsersToTestingGroupParams {
  user_ids: number[]
  group_id: number
}
/**
 * Parameters of `apps.deleteAppRequests`.
 *
 * Deletes all request notifications from the current app.
 *
 * Docs: https://dev.vk.com/method/apps.deleteAppRequests
 */
export interface AppsDeleteAppRequestsParams {

}
/**
 * Parameters of `apps.deleteSnippet`.
 *
 * Docs: https://dev.vk.com/method/apps.deleteSnippet
 */
export interface AppsDeleteSnippetParams {
  id?: number
}
/**
 * Parameters of `apps.get`.
 *
 * Returns applications data.
 *
 * Docs: https://dev.vk.com/method/apps.get
 */
export interface AppsGetParams {
  /**
   * Application ID
   */
  app_id?: number
  /**
   * List of application ID
   */
  app_ids?: number[]
  /**
   * platform. Possible values: *'ios' - iOS,, *'android' - Android,, *'winphone' - Windows Phone,, *'web' - приложения на vk.com. By default: 'web'.
   */
  platform?: "android" | "ios" | "web"
  extended?: boolean | 0 | 1
  return_friends?: boolean | 0 | 1
  /**
   * Profile fields to return. Sample values: 'nickname', 'screen_name', 'sex', 'bdate' (birthdate), 'city', 'country', 'timezone', 'photo', 'photo_medium', 'photo_big', 'has_mobile', 'contacts', 'education', 'online', 'counters', 'relation', 'last_seen', 'activity', 'can_write_private_message', 'can_see_all_posts', 'can_post', 'universities', (only if return_friends - 1)
   */
  fields?: UsersFields[]
  /**
   * Case for declension of user name and surname: 'nom' - nominative (default),, 'gen' - genitive,, 'dat' - dative,, 'acc' - accusative,, 'ins' - instrumental,, 'abl' - prepositional. (only if 'return_friends' = '1')
   */
  name_case?: BaseNameCase
  /**
   * List of app fields to return. Fields 'id', 'type' and 'title' will always be in response. Leave this field empty to get all fields
   */
  app_fields?: AppsAppFields[]
}
/**
 * Parameters of `apps.getCatalog`.
 *
 * Returns a list of applications (apps) available to users in the App Catalog.
 *
 * Docs: https://dev.vk.com/method/apps.getCatalog
 */
export interface AppsGetCatalogParams {
  /**
   * Sort order: 'popular_today' - popular for one day (default), 'visitors' - by visitors number , 'create_date' - by creation date, 'growth_rate' - by growth rate, 'popular_week' - popular for one week
   */
  sort?: "create_date" | "growth_rate" | "popular" | "popular_today" | "popular_week" | "visitors"
  /**
   * Offset required to return a specific subset of apps.
   */
  offset?: number
  /**
   * Number of apps to return.
   */
  count?: number
  platform?: string
  /**
   * '1' - to return additional fields 'screenshots', 'MAU', 'catalog_position', and 'international'. If set, 'count' must be less than or equal to '100'. '0' - not to return additional fields (default).
   */
  extended?: boolean | 0 | 1
  return_friends?: boolean | 0 | 1
  fields?: UsersFields[]
  name_case?: BaseNameCase
  /**
   * Search query string.
   */
  q?: string
  genre_id?: number
  /**
   * 'installed' - to return list of installed apps (only for mobile platform).
   */
  filter?: "favorite" | "featured" | "installed" | "new" | "recommended"
}
/**
 * Parameters of `apps.getFriendsList`.
 *
 * Creates friends list for requests and invites in current app.
 *
 * Docs: https://dev.vk.com/method/apps.getFriendsList
 */
export interface AppsGetFriendsListParams {
  extended?: boolean | 0 | 1
  /**
   * List size.
   */
  count?: number
  offset?: number
  /**
   * List type. Possible values: * 'invite' - available for invites (don't play the game),, * 'request' - available for request (play the game). By default: 'invite'.
   */
  type?: "invite" | "request"
  /**
   * Additional profile fields, see [vk.com/dev/fields|description].
   */
  fields?: UsersFields[]
  /**
   * Search query string (e.g., 'Vasya Babich').
   */
  query?: string
}
/**
 * Parameters of `apps.getLeaderboard`.
 *
 * Returns players rating in the game.
 *
 * Docs: https://dev.vk.com/method/apps.getLeaderboard
 */
export interface AppsGetLeaderboardParams {
  /**
   * Leaderboard type. Possible values: *'level' - by level,, *'points' - by mission points,, *'score' - by score ().
   */
  type: "level" | "points" | "score"
  /**
   * Rating type. Possible values: *'1' - global rating among all players,, *'0' - rating among user friends.
   */
  global?: boolean | 0 | 1
  /**
   * 1 - to return additional info about users
   */
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `apps.getMiniAppPolicies`.
 *
 * Returns policies and terms given to a mini app.
 *
 * Docs: https://dev.vk.com/method/apps.getMiniAppPolicies
 */
export interface AppsGetMiniAppPoliciesParams {
  /**
   * Mini App ID
   */
  app_id: number
}
/**
 * Parameters of `apps.getScopes`.
 *
 * Returns scopes for auth
 *
 * Docs: https://dev.vk.com/method/apps.getScopes
 */
export interface AppsGetScopesParams {
  type?: "group" | "user"
}
/**
 * Parameters of `apps.getScore`.
 *
 * Returns user score in app
 *
 * Docs: https://dev.vk.com/method/apps.getScore
 */
export interface AppsGetScoreParams {
  user_id?: number
}
/**
 * Parameters of `apps.getSnippets`.
 *
 * Docs: https://dev.vk.com/method/apps.getSnippets
 */
export interface AppsGetSnippetsParams {

}
/**
 * Parameters of `apps.getTestingGroups`.
 *
 * Docs: https://dev.vk.com/method/apps.getTestingGroups
 */
export interface AppsGetTestingGroupsParams {
  group_id?: number
}
/**
 * Parameters of `apps.isNotificationsAllowed`.
 *
 * Docs: https://dev.vk.com/method/apps.isNotificationsAllowed
 */
export interface AppsIsNotificationsAllowedParams {
  user_id?: number
}
/**
 * Parameters of `apps.promoHasActiveGift`.
 *
 * Docs: https://dev.vk.com/method/apps.promoHasActiveGift
 */
export interface AppsPromoHasActiveGiftParams {
  /**
   * Id of game promo action
   */
  promo_id: number
  user_id?: number
}
/**
 * Parameters of `apps.promoUseGift`.
 *
 * Docs: https://dev.vk.com/method/apps.promoUseGift
 */
export interface AppsPromoUseGiftParams {
  /**
   * Id of game promo action
   */
  promo_id: number
  user_id?: number
}
/**
 * Parameters of `apps.removeTestingGroup`.
 *
 * Docs: https://dev.vk.com/method/apps.removeTestingGroup
 */
export interface AppsRemoveTestingGroupParams {
  group_id: number
}
/**
 * Parameters of `apps.removeUsersFromTestingGroups`.
 *
 * Docs: https://dev.vk.com/method/apps.removeUsersFromTestingGroups
 */
export interface AppsRemoveUsersFromTestingGroupsParams {
  user_ids: number[]
}
/**
 * Parameters of `apps.sendRequest`.
 *
 * Sends a request to another user in an app that uses VK authorization.
 *
 * Docs: https://dev.vk.com/method/apps.sendRequest
 */
export interface AppsSendRequestParams {
  /**
   * id of the user to send a request
   */
  user_id: number
  /**
   * request text
   */
  text?: string
  /**
   * request type. Values: 'invite' - if the request is sent to a user who does not have the app installed,, 'request' - if a user has already installed the app
   */
  type?: "invite" | "request"
  name?: string
  /**
   * special string key to be sent with the request
   */
  key?: string
  separate?: boolean | 0 | 1
}
/**
 * Parameters of `apps.updateMetaForTestingGroup`.
 *
 * Docs: https://dev.vk.com/method/apps.updateMetaForTestingGroup
 */
export interface AppsUpdateMetaForTestingGroupParams {
  group_id?: number
  webview: string
  name: string
  platforms: ("mobile" | "web" | "mvk")[]
  user_ids?: number[]
}
/**
 * Parameters of `auth.restore`.
 *
 * Allows to restore account access using a code received via SMS. " This method is only available for apps with [vk.com/dev/auth_direct|Direct authorization] access. "
 *
 * Docs: https://dev.vk.com/method/auth.restore
 */
export interface AuthRestoreParams {
  /**
   * User phone number.
   */
  phone: string
  /**
   * User last name.
   */
  last_name: string
}
/**
 * Parameters of `board.addTopic`.
 *
 * Creates a new topic on a community's discussion board.
 *
 * Docs: https://dev.vk.com/method/board.addTopic
 */
export interface BoardAddTopicParams {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: number
  /**
   * Topic title.
   */
  title: string
  /**
   * Text of the topic.
   */
  text?: string
  /**
   * For a community: '1' - to post the topic as by the community, '0' - to post the topic as by the user (default)
   */
  from_group?: boolean | 0 | 1
  /**
   * List of media objects attached to the topic, in the following format: "<owner_id>_<media_id>,<owner_id>_<media_id>", '' - Type of media object: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, '<owner_id>' - ID of the media owner. '<media_id>' - Media ID. Example: "photo100172_166443618,photo66748_265827614", , "NOTE: If you try to attach more than one reference, an error will be thrown.",
   */
  attachments?: string[]
}
/**
 * Parameters of `board.closeTopic`.
 *
 * Closes a topic on a community's discussion board so that comments cannot be posted.
 *
 * Docs: https://dev.vk.com/method/board.closeTopic
 */
export interface BoardCloseTopicParams {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: number
  /**
   * Topic ID.
   */
  topic_id: number
}
/**
 * Parameters of `board.createComment`.
 *
 * Adds a comment on a topic on a community's discussion board.
 *
 * Docs: https://dev.vk.com/method/board.createComment
 */
export interface BoardCreateCommentParams {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: number
  /**
   * ID of the topic to be commented on.
   */
  topic_id: number
  /**
   * (Required if 'attachments' is not set.) Text of the comment.
   */
  message?: string
  /**
   * (Required if 'text' is not set.) List of media objects attached to the comment, in the following format: "<owner_id>_<media_id>,<owner_id>_<media_id>", '' - Type of media object: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, '<owner_id>' - ID of the media owner. '<media_id>' - Media ID.
   */
  attachments?: string[]
  /**
   * '1' - to post the comment as by the community, '0' - to post the comment as by the user (default)
   */
  from_group?: boolean | 0 | 1
  /**
   * Sticker ID.
   */
  sticker_id?: number
  /**
   * Unique identifier to avoid repeated comments.
   */
  guid?: string
}
/**
 * Parameters of `board.deleteComment`.
 *
 * Deletes a comment on a topic on a community's discussion board.
 *
 * Docs: https://dev.vk.com/method/board.deleteComment
 */
export interface BoardDeleteCommentParams {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: number
  /**
   * Topic ID.
   */
  topic_id: number
  /**
   * Comment ID.
   */
  comment_id: number
}
/**
 * Parameters of `board.deleteTopic`.
 *
 * Deletes a topic from a community's discussion board.
 *
 * Docs: https://dev.vk.com/method/board.deleteTopic
 */
export interface BoardDeleteTopicParams {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: number
  /**
   * Topic ID.
   */
  topic_id: number
}
/**
 * Parameters of `board.editComment`.
 *
 * Edits a comment on a topic on a community's discussion board.
 *
 * Docs: https://dev.vk.com/method/board.editComment
 */
export interface BoardEditCommentParams {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: number
  /**
   * Topic ID.
   */
  topic_id: number
  /**
   * ID of the comment on the topic.
   */
  comment_id: number
  /**
   * (Required if 'attachments' is not set). New comment text.
   */
  message?: string
  /**
   * (Required if 'message' is not set.) List of media objects attached to the comment, in the following format: "<owner_id>_<media_id>,<owner_id>_<media_id>", '' - Type of media object: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, '<owner_id>' - ID of the media owner. '<media_id>' - Media ID. Example: "photo100172_166443618,photo66748_265827614"
   */
  attachments?: string[]
}
/**
 * Parameters of `board.editTopic`.
 *
 * Edits the title of a topic on a community's discussion board.
 *
 * Docs: https://dev.vk.com/method/board.editTopic
 */
export interface BoardEditTopicParams {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: number
  /**
   * Topic ID.
   */
  topic_id: number
  /**
   * New title of the topic.
   */
  title: string
}
/**
 * Parameters of `board.fixTopic`.
 *
 * Pins a topic (fixes its place) to the top of a community's discussion board.
 *
 * Docs: https://dev.vk.com/method/board.fixTopic
 */
export interface BoardFixTopicParams {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: number
  /**
   * Topic ID.
   */
  topic_id: number
}
/**
 * Parameters of `board.getComments`.
 *
 * Returns a list of comments on a topic on a community's discussion board.
 *
 * Docs: https://dev.vk.com/method/board.getComments
 */
export interface BoardGetCommentsParams {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: number
  /**
   * Topic ID.
   */
  topic_id: number
  /**
   * '1' - to return the 'likes' field, '0' - not to return the 'likes' field (default)
   */
  need_likes?: boolean | 0 | 1
  start_comment_id?: number
  /**
   * Offset needed to return a specific subset of comments.
   */
  offset?: number
  /**
   * Number of comments to return.
   */
  count?: number
  /**
   * '1' - to return information about users who posted comments, '0' - to return no additional fields (default)
   */
  extended?: boolean | 0 | 1
  /**
   * Sort order: 'asc' - by creation date in chronological order, 'desc' - by creation date in reverse chronological order,
   */
  sort?: "asc" | "desc"
}
/**
 * Parameters of `board.getTopics`.
 *
 * Returns a list of topics on a community's discussion board.
 *
 * Docs: https://dev.vk.com/method/board.getTopics
 */
export interface BoardGetTopicsParams {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: number
  /**
   * IDs of topics to be returned (100 maximum). By default, all topics are returned. If this parameter is set, the 'order', 'offset', and 'count' parameters are ignored.
   */
  topic_ids?: number[]
  /**
   * Sort order: '1' - by date updated in reverse chronological order. '2' - by date created in reverse chronological order. '-1' - by date updated in chronological order. '-2' - by date created in chronological order. If no sort order is specified, topics are returned in the order specified by the group administrator. Pinned topics are returned first, regardless of the sorting.
   */
  order?: 1 | 2 | -1 | -2 | 0
  /**
   * Offset needed to return a specific subset of topics.
   */
  offset?: number
  /**
   * Number of topics to return.
   */
  count?: number
  /**
   * '1' - to return information about users who created topics or who posted there last, '0' - to return no additional fields (default)
   */
  extended?: boolean | 0 | 1
  /**
   * '1' - to return the first comment in each topic,, '2' - to return the last comment in each topic,, '0' - to return no comments. By default: '0'.
   */
  preview?: 1 | 2 | 0
  /**
   * Number of characters after which to truncate the previewed comment. To preview the full comment, specify '0'.
   */
  preview_length?: number
}
/**
 * Parameters of `board.openTopic`.
 *
 * Re-opens a previously closed topic on a community's discussion board.
 *
 * Docs: https://dev.vk.com/method/board.openTopic
 */
export interface BoardOpenTopicParams {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: number
  /**
   * Topic ID.
   */
  topic_id: number
}
/**
 * Parameters of `board.restoreComment`.
 *
 * Restores a comment deleted from a topic on a community's discussion board.
 *
 * Docs: https://dev.vk.com/method/board.restoreComment
 */
export interface BoardRestoreCommentParams {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: number
  /**
   * Topic ID.
   */
  topic_id: number
  /**
   * Comment ID.
   */
  comment_id: number
}
/**
 * Parameters of `board.unfixTopic`.
 *
 * Unpins a pinned topic from the top of a community's discussion board.
 *
 * Docs: https://dev.vk.com/method/board.unfixTopic
 */
export interface BoardUnfixTopicParams {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: number
  /**
   * Topic ID.
   */
  topic_id: number
}
/**
 * Parameters of `bugtracker.addCompanyGroupsMembers`.
 *
 * Docs: https://dev.vk.com/method/bugtracker.addCompanyGroupsMembers
 */
export interface BugtrackerAddCompanyGroupsMembersParams {
  company_id: number
  user_ids: number[]
  company_group_ids: number[]
}
/**
 * Parameters of `bugtracker.addCompanyMembers`.
 *
 * Docs: https://dev.vk.com/method/bugtracker.addCompanyMembers
 */
export interface BugtrackerAddCompanyMembersParams {
  user_ids: number[]
  company_id: number
}
/**
 * Parameters of `bugtracker.changeBugreportStatus`.
 *
 * Docs: https://dev.vk.com/method/bugtracker.changeBugreportStatus
 */
export interface BugtrackerChangeBugreportStatusParams {
  bugreport_id: number
  status?: number
  comment?: string
  from_statuses?: number[]
  not_in_statuses?: number[]
}
/**
 * Parameters of `bugtracker.createComment`.
 *
 * Creates the comment to bugreport
 *
 * Docs: https://dev.vk.com/method/bugtracker.createComment
 */
export interface BugtrackerCreateCommentParams {
  bugreport_id: number
  text?: string
  hidden?: boolean | 0 | 1
  hidden_attachments?: boolean | 0 | 1
  force?: boolean | 0 | 1
}
/**
 * Parameters of `bugtracker.getBugreportById`.
 *
 * Returns extended bugreport data
 *
 * Docs: https://dev.vk.com/method/bugtracker.getBugreportById
 */
export interface BugtrackerGetBugreportByIdParams {
  bugreport_id: number
  extended?: boolean | 0 | 1
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `bugtracker.getCompanyGroupMembers`.
 *
 * Docs: https://dev.vk.com/method/bugtracker.getCompanyGroupMembers
 */
export interface BugtrackerGetCompanyGroupMembersParams {
  company_id: number
  company_group_id: number
  count?: number
  offset?: number
  filter_name?: string
  extended?: boolean | 0 | 1
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `bugtracker.getCompanyMembers`.
 *
 * Docs: https://dev.vk.com/method/bugtracker.getCompanyMembers
 */
export interface BugtrackerGetCompanyMembersParams {
  company_id: number
  count?: number
  offset?: number
  filter_name?: string
  filter_role?: 0 | 1
  filter_not_group?: number
  filter_member_ids?: number[]
  extended?: boolean | 0 | 1
  fields?: BaseUserGroupFields[]
  extra?: boolean | 0 | 1
}
/**
 * Parameters of `bugtracker.getDownloadVersionUrl`.
 *
 * Docs: https://dev.vk.com/method/bugtracker.getDownloadVersionUrl
 */
export interface BugtrackerGetDownloadVersionUrlParams {
  product_id: number
  version_id: number
  ttl?: number
}
/**
 * Parameters of `bugtracker.getProductBuildUploadServer`.
 *
 * Docs: https://dev.vk.com/method/bugtracker.getProductBuildUploadServer
 */
export interface BugtrackerGetProductBuildUploadServerParams {
  product_id: number
}
/**
 * Parameters of `bugtracker.removeCompanyGroupMember`.
 *
 * Docs: https://dev.vk.com/method/bugtracker.removeCompanyGroupMember
 */
export interface BugtrackerRemoveCompanyGroupMemberParams {
  company_id: number
  user_id: number
  company_group_id: number
}
/**
 * Parameters of `bugtracker.removeCompanyMember`.
 *
 * Docs: https://dev.vk.com/method/bugtracker.removeCompanyMember
 */
export interface BugtrackerRemoveCompanyMemberParams {
  user_id: number
  company_id: number
}
/**
 * Parameters of `bugtracker.saveProductVersion`.
 *
 * Docs: https://dev.vk.com/method/bugtracker.saveProductVersion
 */
export interface BugtrackerSaveProductVersionParams {
  product_id?: number
  version_id?: number
  title: string
  release_notes?: string
  visible?: boolean | 0 | 1
  set_rft?: boolean | 0 | 1
}
/**
 * Parameters of `bugtracker.setCompanyMemberRole`.
 *
 * Docs: https://dev.vk.com/method/bugtracker.setCompanyMemberRole
 */
export interface BugtrackerSetCompanyMemberRoleParams {
  user_id: number
  company_id: number
  role: 0 | 1
}
/**
 * Parameters of `bugtracker.setProductIsOver`.
 *
 * Docs: https://dev.vk.com/method/bugtracker.setProductIsOver
 */
export interface BugtrackerSetProductIsOverParams {
  product_id: number
  is_over?: boolean | 0 | 1
}
/**
 * Parameters of `calls.forceFinish`.
 *
 * Docs: https://dev.vk.com/method/calls.forceFinish
 */
export interface CallsForceFinishParams {
  call_id: string
}
/**
 * Parameters of `calls.start`.
 *
 * Docs: https://dev.vk.com/method/calls.start
 */
export interface CallsStartParams {
  group_id?: number
}
/**
 * Parameters of `database.getChairs`.
 *
 * Returns list of chairs on a specified faculty.
 *
 * Docs: https://dev.vk.com/method/database.getChairs
 */
export interface DatabaseGetChairsParams {
  /**
   * id of the faculty to get chairs from
   */
  faculty_id: number
  /**
   * offset required to get a certain subset of chairs
   */
  offset?: number
  /**
   * amount of chairs to get
   */
  count?: number
}
/**
 * Parameters of `database.getCities`.
 *
 * Returns a list of cities.
 *
 * Docs: https://dev.vk.com/method/database.getCities
 */
export interface DatabaseGetCitiesParams {
  /**
   * Region ID.
   */
  region_id?: number
  /**
   * Search query.
   */
  q?: string
  /**
   * '1' - to return all cities in the country, '0' - to return major cities in the country (default),
   */
  need_all?: boolean | 0 | 1
  /**
   * Offset needed to return a specific subset of cities.
   */
  offset?: number
  /**
   * Number of cities to return.
   */
  count?: number
  /**
   * Cities fields to return. Sample values: 'fias_guid'
   */
  fields?: DatabaseCitiesFields[]
}
/**
 * Parameters of `database.getCitiesById`.
 *
 * Returns information about cities by their IDs.
 *
 * Docs: https://dev.vk.com/method/database.getCitiesById
 */
export interface DatabaseGetCitiesByIdParams {
  /**
   * City IDs.
   */
  city_ids?: number[]
  /**
   * Cities fields to return. Sample values: 'fias_guid'
   */
  fields?: DatabaseCitiesFields[]
}
/**
 * Parameters of `database.getCountries`.
 *
 * Returns a list of countries.
 *
 * Docs: https://dev.vk.com/method/database.getCountries
 */
export interface DatabaseGetCountriesParams {
  /**
   * '1' - to return a full list of all countries, '0' - to return a list of countries near the current user's country (default).
   */
  need_all?: boolean | 0 | 1
  /**
   * Country codes in [vk.com/dev/country_codes|ISO 3166-1 alpha-2] standard.
   */
  code?: string
  /**
   * Offset needed to return a specific subset of countries.
   */
  offset?: number
  /**
   * Number of countries to return.
   */
  count?: number
}
/**
 * Parameters of `database.getCountriesById`.
 *
 * Returns information about countries by their IDs.
 *
 * Docs: https://dev.vk.com/method/database.getCountriesById
 */
export interface DatabaseGetCountriesByIdParams {
  /**
   * Country IDs.
   */
  country_ids?: number[]
}
/**
 * Parameters of `database.getFaculties`.
 *
 * Returns a list of faculties (i.e., university departments).
 *
 * Docs: https://dev.vk.com/method/database.getFaculties
 */
export interface DatabaseGetFacultiesParams {
  /**
   * University ID.
   */
  university_id: number
  /**
   * Offset needed to return a specific subset of faculties.
   */
  offset?: number
  /**
   * Number of faculties to return.
   */
  count?: number
}
/**
 * Parameters of `database.getMetroStations`.
 *
 * Get metro stations by city
 *
 * Docs: https://dev.vk.com/method/database.getMetroStations
 */
export interface DatabaseGetMetroStationsParams {
  city_id: number
  offset?: number
  count?: number
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `database.getMetroStationsById`.
 *
 * Get metro station by his id
 *
 * Docs: https://dev.vk.com/method/database.getMetroStationsById
 */
export interface DatabaseGetMetroStationsByIdParams {
  station_ids?: number[]
}
/**
 * Parameters of `database.getRegions`.
 *
 * Returns a list of regions.
 *
 * Docs: https://dev.vk.com/method/database.getRegions
 */
export interface DatabaseGetRegionsParams {
  /**
   * Search query.
   */
  q?: string
  /**
   * Offset needed to return specific subset of regions.
   */
  offset?: number
  /**
   * Number of regions to return.
   */
  count?: number
}
/**
 * Parameters of `database.getSchoolClasses`.
 *
 * Returns a list of school classes specified for the country.
 *
 * Docs: https://dev.vk.com/method/database.getSchoolClasses
 */
export interface DatabaseGetSchoolClassesParams {
  /**
   * Country ID.
   */
  country_id?: number
}
/**
 * Parameters of `database.getSchools`.
 *
 * Returns a list of schools.
 *
 * Docs: https://dev.vk.com/method/database.getSchools
 */
export interface DatabaseGetSchoolsParams {
  /**
   * Search query.
   */
  q?: string
  /**
   * City ID.
   */
  city_id: number
  /**
   * Offset needed to return a specific subset of schools.
   */
  offset?: number
  /**
   * Number of schools to return.
   */
  count?: number
}
/**
 * Parameters of `database.getUniversities`.
 *
 * Returns a list of higher education institutions.
 *
 * Docs: https://dev.vk.com/method/database.getUniversities
 */
export interface DatabaseGetUniversitiesParams {
  /**
   * Search query.
   */
  q?: string
  /**
   * City ID.
   */
  city_id?: number
  /**
   * Offset needed to return a specific subset of universities.
   */
  offset?: number
  /**
   * Number of universities to return.
   */
  count?: number
}
/**
 * Parameters of `docs.add`.
 *
 * Copies a document to a user's or community's document list.
 *
 * Docs: https://dev.vk.com/method/docs.add
 */
export interface DocsAddParams {
  /**
   * ID of the user or community that owns the document. Use a negative value to designate a community ID.
   */
  owner_id: number
  /**
   * Document ID.
   */
  doc_id: number
  /**
   * Access key. This parameter is required if 'access_key' was returned with the document's data.
   */
  access_key?: string
}
/**
 * Parameters of `docs.delete`.
 *
 * Deletes a user or community document.
 *
 * Docs: https://dev.vk.com/method/docs.delete
 */
export interface DocsDeleteParams {
  /**
   * ID of the user or community that owns the document. Use a negative value to designate a community ID.
   */
  owner_id: number
  /**
   * Document ID.
   */
  doc_id: number
}
/**
 * Parameters of `docs.edit`.
 *
 * Edits a document.
 *
 * Docs: https://dev.vk.com/method/docs.edit
 */
export interface DocsEditParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Document ID.
   */
  doc_id: number
  /**
   * Document title.
   */
  title: string
  /**
   * Document tags.
   */
  tags?: string[]
}
/**
 * Parameters of `docs.get`.
 *
 * Returns detailed information about user or community documents.
 *
 * Docs: https://dev.vk.com/method/docs.get
 */
export interface DocsGetParams {
  /**
   * Number of documents to return. By default, all documents.
   */
  count?: number
  /**
   * Offset needed to return a specific subset of documents.
   */
  offset?: number
  type?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8
  /**
   * ID of the user or community that owns the documents. Use a negative value to designate a community ID.
   */
  owner_id?: number
  return_tags?: boolean | 0 | 1
}
/**
 * Parameters of `docs.getById`.
 *
 * Returns information about documents by their IDs.
 *
 * Docs: https://dev.vk.com/method/docs.getById
 */
export interface DocsGetByIdParams {
  /**
   * Document IDs. Example: , "66748_91488,66748_91455",
   */
  docs: string[]
  return_tags?: boolean | 0 | 1
}
/**
 * Parameters of `docs.getMessagesUploadServer`.
 *
 * Returns the server address for document upload.
 *
 * Docs: https://dev.vk.com/method/docs.getMessagesUploadServer
 */
export interface DocsGetMessagesUploadServerParams {
  /**
   * Document type.
   */
  type?: "audio_message" | "doc" | "graffiti"
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'Chat ID', e.g. '2000000001'. For community: '- Community ID', e.g. '-12345'. "
   */
  peer_id?: number
}
/**
 * Parameters of `docs.getTypes`.
 *
 * Returns documents types available for current user.
 *
 * Docs: https://dev.vk.com/method/docs.getTypes
 */
export interface DocsGetTypesParams {
  /**
   * ID of the user or community that owns the documents. Use a negative value to designate a community ID.
   */
  owner_id?: number
}
/**
 * Parameters of `docs.getUploadServer`.
 *
 * Returns the server address for document upload.
 *
 * Docs: https://dev.vk.com/method/docs.getUploadServer
 */
export interface DocsGetUploadServerParams {
  /**
   * Community ID (if the document will be uploaded to the community).
   */
  group_id?: number
}
/**
 * Parameters of `docs.getWallUploadServer`.
 *
 * Returns the server address for document upload onto a user's or community's wall.
 *
 * Docs: https://dev.vk.com/method/docs.getWallUploadServer
 */
export interface DocsGetWallUploadServerParams {
  /**
   * Community ID (if the document will be uploaded to the community).
   */
  group_id?: number
}
/**
 * Parameters of `docs.restore`.
 *
 * Docs: https://dev.vk.com/method/docs.restore
 */
export interface DocsRestoreParams {
  owner_id: number
  doc_id: number
}
/**
 * Parameters of `docs.save`.
 *
 * Saves a document after [vk.com/dev/upload_files_2|uploading it to a server].
 *
 * Docs: https://dev.vk.com/method/docs.save
 */
export interface DocsSaveParams {
  /**
   * This parameter is returned when the file is [vk.com/dev/upload_files_2|uploaded to the server].
   */
  file: string
  /**
   * Document title.
   */
  title?: string
  /**
   * Document tags.
   */
  tags?: string
  return_tags?: boolean | 0 | 1
}
/**
 * Parameters of `docs.search`.
 *
 * Returns a list of documents matching the search criteria.
 *
 * Docs: https://dev.vk.com/method/docs.search
 */
export interface DocsSearchParams {
  /**
   * Search query string.
   */
  q?: string
  search_own?: boolean | 0 | 1
  /**
   * Number of results to return.
   */
  count?: number
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: number
  return_tags?: boolean | 0 | 1
}
/**
 * Parameters of `donut.getFriends`.
 *
 * Docs: https://dev.vk.com/method/donut.getFriends
 */
export interface DonutGetFriendsParams {
  owner_id: number
  offset?: number
  count?: number
  fields?: string[]
}
/**
 * Parameters of `donut.getSubscription`.
 *
 * Docs: https://dev.vk.com/method/donut.getSubscription
 */
export interface DonutGetSubscriptionParams {
  owner_id: number
}
/**
 * Parameters of `donut.getSubscriptions`.
 *
 * Returns a list of user's VK Donut subscriptions.
 *
 * Docs: https://dev.vk.com/method/donut.getSubscriptions
 */
export interface DonutGetSubscriptionsParams {
  fields?: BaseUserGroupFields[]
  offset?: number
  count?: number
}
/**
 * Parameters of `donut.isDon`.
 *
 * Docs: https://dev.vk.com/method/donut.isDon
 */
export interface DonutIsDonParams {
  owner_id: number
}
/**
 * Parameters of `downloadedGames.getPaidStatus`.
 *
 * Docs: https://dev.vk.com/method/downloadedGames.getPaidStatus
 */
export interface DownloadedGamesGetPaidStatusParams {
  user_id?: number
}
/**
 * Parameters of `execute`.
 *
 * Docs: https://dev.vk.com/method/execute
 */
export interface ExecuteParams {
  /**
   * Algorithm code in VKScript: a JavaScript-like language that calls API methods as API.<namespace>.<method>(params) and returns their results.
   */
  code: string
  /**
   * Version of the VKScript function syntax.
   */
  func_v?: number
}
/**
 * Parameters of `fave.addArticle`.
 *
 * Docs: https://dev.vk.com/method/fave.addArticle
 */
export interface FaveAddArticleParams {
  url: string
}
/**
 * Parameters of `fave.addLink`.
 *
 * Adds a link to user faves.
 *
 * Docs: https://dev.vk.com/method/fave.addLink
 */
export interface FaveAddLinkParams {
  /**
   * Link URL.
   */
  link: string
}
/**
 * Parameters of `fave.addPage`.
 *
 * Docs: https://dev.vk.com/method/fave.addPage
 */
export interface FaveAddPageParams {
  user_id?: number
  group_id?: number
}
/**
 * Parameters of `fave.addPost`.
 *
 * Docs: https://dev.vk.com/method/fave.addPost
 */
export interface FaveAddPostParams {
  owner_id: number
  id: number
  access_key?: string
}
/**
 * Parameters of `fave.addProduct`.
 *
 * Docs: https://dev.vk.com/method/fave.addProduct
 */
export interface FaveAddProductParams {
  owner_id: number
  id: number
  access_key?: string
}
/**
 * Parameters of `fave.addTag`.
 *
 * Docs: https://dev.vk.com/method/fave.addTag
 */
export interface FaveAddTagParams {
  name?: string
  position?: "back" | "front"
}
/**
 * Parameters of `fave.addVideo`.
 *
 * Docs: https://dev.vk.com/method/fave.addVideo
 */
export interface FaveAddVideoParams {
  owner_id: number
  id: number
  access_key?: string
}
/**
 * Parameters of `fave.editTag`.
 *
 * Docs: https://dev.vk.com/method/fave.editTag
 */
export interface FaveEditTagParams {
  id: number
  name: string
}
/**
 * Parameters of `fave.get`.
 *
 * Docs: https://dev.vk.com/method/fave.get
 */
export interface FaveGetParams {
  /**
   * '1' - to return additional 'wall', 'profiles', and 'groups' fields. By default: '0'.
   */
  extended?: boolean | 0 | 1
  item_type?: "article" | "clip" | "game" | "link" | "mini_app" | "narrative" | "page" | "podcast" | "post" | "product" | "video" | "youla_product"
  /**
   * Tag ID.
   */
  tag_id?: number
  /**
   * Offset needed to return a specific subset of users.
   */
  offset?: number
  /**
   * Number of users to return.
   */
  count?: number
  fields?: UsersFields[]
  is_from_snackbar?: boolean | 0 | 1
}
/**
 * Parameters of `fave.getPages`.
 *
 * Docs: https://dev.vk.com/method/fave.getPages
 */
export interface FaveGetPagesParams {
  offset?: number
  count?: number
  type?: "groups" | "hints" | "users"
  fields?: BaseUserGroupFields[]
  tag_id?: number
}
/**
 * Parameters of `fave.getTags`.
 *
 * Docs: https://dev.vk.com/method/fave.getTags
 */
export interface FaveGetTagsParams {

}
/**
 * Parameters of `fave.markSeen`.
 *
 * Docs: https://dev.vk.com/method/fave.markSeen
 */
export interface FaveMarkSeenParams {

}
/**
 * Parameters of `fave.removeArticle`.
 *
 * Docs: https://dev.vk.com/method/fave.removeArticle
 */
export interface FaveRemoveArticleParams {
  owner_id: number
  article_id: number
}
/**
 * Parameters of `fave.removeLink`.
 *
 * Removes link from the user's faves.
 *
 * Docs: https://dev.vk.com/method/fave.removeLink
 */
export interface FaveRemoveLinkParams {
  /**
   * Link ID (can be obtained by [vk.com/dev/faves.getLinks|faves.getLinks] method).
   */
  link_id?: string
  /**
   * Link URL
   */
  link?: string
}
/**
 * Parameters of `fave.removePage`.
 *
 * Docs: https://dev.vk.com/method/fave.removePage
 */
export interface FaveRemovePageParams {
  user_id?: number
  group_id?: number
}
/**
 * Parameters of `fave.removePost`.
 *
 * Docs: https://dev.vk.com/method/fave.removePost
 */
export interface FaveRemovePostParams {
  owner_id: number
  id: number
}
/**
 * Parameters of `fave.removeProduct`.
 *
 * Docs: https://dev.vk.com/method/fave.removeProduct
 */
export interface FaveRemoveProductParams {
  owner_id: number
  id: number
}
/**
 * Parameters of `fave.removeTag`.
 *
 * Docs: https://dev.vk.com/method/fave.removeTag
 */
export interface FaveRemoveTagParams {
  id: number
}
/**
 * Parameters of `fave.removeVideo`.
 *
 * Docs: https://dev.vk.com/method/fave.removeVideo
 */
export interface FaveRemoveVideoParams {
  owner_id: number
  id: number
}
/**
 * Parameters of `fave.reorderTags`.
 *
 * Docs: https://dev.vk.com/method/fave.reorderTags
 */
export interface FaveReorderTagsParams {
  ids: number[]
}
/**
 * Parameters of `fave.setPageTags`.
 *
 * Docs: https://dev.vk.com/method/fave.setPageTags
 */
export interface FaveSetPageTagsParams {
  user_id?: number
  group_id?: number
  tag_ids?: number[]
}
/**
 * Parameters of `fave.setTags`.
 *
 * Docs: https://dev.vk.com/method/fave.setTags
 */
export interface FaveSetTagsParams {
  item_type?: "article" | "clip" | "game" | "link" | "mini_app" | "narrative" | "page" | "podcast" | "post" | "product" | "video" | "youla_product"
  item_owner_id?: number
  item_id?: number
  tag_ids?: number[]
  link_id?: string
  link_url?: string
}
/**
 * Parameters of `fave.trackPageInteraction`.
 *
 * Docs: https://dev.vk.com/method/fave.trackPageInteraction
 */
export interface FaveTrackPageInteractionParams {
  user_id?: number
  group_id?: number
}
/**
 * Parameters of `friends.add`.
 *
 * Approves or creates a friend request.
 *
 * Docs: https://dev.vk.com/method/friends.add
 */
export interface FriendsAddParams {
  /**
   * ID of the user whose friend request will be approved or to whom a friend request will be sent.
   */
  user_id?: number
  /**
   * Text of the message (up to 500 characters) for the friend request, if any.
   */
  text?: string
  /**
   * '1' to pass an incoming request to followers list.
   */
  follow?: boolean | 0 | 1
}
/**
 * Parameters of `friends.addList`.
 *
 * Creates a new friend list for the current user.
 *
 * Docs: https://dev.vk.com/method/friends.addList
 */
export interface FriendsAddListParams {
  /**
   * Name of the friend list.
   */
  name: string
  /**
   * IDs of users to be added to the friend list.
   */
  user_ids?: number[]
}
/**
 * Parameters of `friends.areFriends`.
 *
 * Checks the current user's friendship status with other specified users.
 *
 * Docs: https://dev.vk.com/method/friends.areFriends
 */
export interface FriendsAreFriendsParams {
  /**
   * IDs of the users whose friendship status to check.
   */
  user_ids: number[]
  /**
   * '1' - to return 'sign' field. 'sign' is md5("{id}_{user_id}_{friends_status}_{application_secret}"), where id is current user ID. This field allows to check that data has not been modified by the client. By default: '0'.
   */
  need_sign?: boolean | 0 | 1
  /**
   * Return friend request read_state field
   */
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `friends.delete`.
 *
 * Declines a friend request or deletes a user from the current user's friend list.
 *
 * Docs: https://dev.vk.com/method/friends.delete
 */
export interface FriendsDeleteParams {
  /**
   * ID of the user whose friend request is to be declined or who is to be deleted from the current user's friend list.
   */
  user_id?: number
}
/**
 * Parameters of `friends.deleteAllRequests`.
 *
 * Marks all incoming friend requests as viewed.
 *
 * Docs: https://dev.vk.com/method/friends.deleteAllRequests
 */
export interface FriendsDeleteAllRequestsParams {

}
/**
 * Parameters of `friends.deleteList`.
 *
 * Deletes a friend list of the current user.
 *
 * Docs: https://dev.vk.com/method/friends.deleteList
 */
export interface FriendsDeleteListParams {
  /**
   * ID of the friend list to delete.
   */
  list_id: number
}
/**
 * Parameters of `friends.edit`.
 *
 * Edits the friend lists of the selected user.
 *
 * Docs: https://dev.vk.com/method/friends.edit
 */
export interface FriendsEditParams {
  /**
   * ID of the user whose friend list is to be edited.
   */
  user_id: number
  /**
   * IDs of the friend lists to which to add the user.
   */
  list_ids?: number[]
}
/**
 * Parameters of `friends.editList`.
 *
 * Edits a friend list of the current user.
 *
 * Docs: https://dev.vk.com/method/friends.editList
 */
export interface FriendsEditListParams {
  /**
   * Name of the friend list.
   */
  name?: string
  /**
   * Friend list ID.
   */
  list_id: number
  /**
   * IDs of users in the friend list.
   */
  user_ids?: number[]
  /**
   * (Applies if 'user_ids' parameter is not set.), User IDs to add to the friend list.
   */
  add_user_ids?: number[]
  /**
   * (Applies if 'user_ids' parameter is not set.), User IDs to delete from the friend list.
   */
  delete_user_ids?: number[]
}
/**
 * Parameters of `friends.get`.
 *
 * Returns a list of user IDs or detailed information about a user's friends.
 *
 * Docs: https://dev.vk.com/method/friends.get
 */
export interface FriendsGetParams {
  /**
   * User ID. By default, the current user ID.
   */
  user_id?: number
  /**
   * Sort order: , 'name' - by name (enabled only if the 'fields' parameter is used), 'hints' - by rating, similar to how friends are sorted in My friends section, , This parameter is available only for [vk.com/dev/standalone|desktop applications].
   */
  order?: "hints" | "mobile" | "name" | "random" | "smart"
  /**
   * ID of the friend list returned by the [vk.com/dev/friends.getLists|friends.getLists] method to be used as the source. This parameter is taken into account only when the uid parameter is set to the current user ID. This parameter is available only for [vk.com/dev/standalone|desktop applications].
   */
  list_id?: number
  /**
   * Number of friends to return.
   */
  count?: number
  /**
   * Offset needed to return a specific subset of friends.
   */
  offset?: number
  /**
   * Profile fields to return. Sample values: 'uid', 'first_name', 'last_name', 'nickname', 'sex', 'bdate' (birthdate), 'city', 'country', 'timezone', 'photo', 'photo_medium', 'photo_big', 'domain', 'has_mobile', 'rate', 'contacts', 'education'.
   */
  fields?: UsersFields[]
  ref?: string
}
/**
 * Parameters of `friends.getAppUsers`.
 *
 * Returns a list of IDs of the current user's friends who installed the application.
 *
 * Docs: https://dev.vk.com/method/friends.getAppUsers
 */
export interface FriendsGetAppUsersParams {

}
/**
 * Parameters of `friends.getLists`.
 *
 * Returns a list of the user's friend lists.
 *
 * Docs: https://dev.vk.com/method/friends.getLists
 */
export interface FriendsGetListsParams {
  /**
   * User ID.
   */
  user_id?: number
  /**
   * '1' - to return system friend lists. By default: '0'.
   */
  return_system?: boolean | 0 | 1
}
/**
 * Parameters of `friends.getMutual`.
 *
 * Returns a list of user IDs of the mutual friends of two users.
 *
 * Docs: https://dev.vk.com/method/friends.getMutual
 */
export interface FriendsGetMutualParams {
  /**
   * ID of the user whose friends will be checked against the friends of the user specified in 'target_uid'.
   */
  source_uid?: number
  /**
   * ID of the user whose friends will be checked against the friends of the user specified in 'source_uid'.
   */
  target_uid?: number
  /**
   * IDs of the users whose friends will be checked against the friends of the user specified in 'source_uid'.
   */
  target_uids?: number[]
  /**
   * Sort order: 'random' - random order
   */
  order?: string
  /**
   * Number of mutual friends to return.
   */
  count?: number
  /**
   * Offset needed to return a specific subset of mutual friends.
   */
  offset?: number
  /**
   * Return mutual friends total count
   */
  need_common_count?: boolean | 0 | 1
}
/**
 * Parameters of `friends.getOnline`.
 *
 * Returns a list of user IDs of a user's friends who are online.
 *
 * Docs: https://dev.vk.com/method/friends.getOnline
 */
export interface FriendsGetOnlineParams {
  /**
   * User ID.
   */
  user_id?: number
  /**
   * Friend list ID. If this parameter is not set, information about all online friends is returned.
   */
  list_id?: number
  /**
   * '1' - to return an additional 'online_mobile' field, '0' - (default),
   */
  online_mobile?: boolean | 0 | 1
  /**
   * Sort order: 'random' - random order
   */
  order?: string
  /**
   * Number of friends to return.
   */
  count?: number
  /**
   * Offset needed to return a specific subset of friends.
   */
  offset?: number
}
/**
 * Parameters of `friends.getRecent`.
 *
 * Returns a list of user IDs of the current user's recently added friends.
 *
 * Docs: https://dev.vk.com/method/friends.getRecent
 */
export interface FriendsGetRecentParams {
  /**
   * Number of recently added friends to return.
   */
  count?: number
}
/**
 * Parameters of `friends.getRequests`.
 *
 * Returns information about the current user's incoming and outgoing friend requests.
 *
 * Docs: https://dev.vk.com/method/friends.getRequests
 */
export interface FriendsGetRequestsParams {
  /**
   * Offset needed to return a specific subset of friend requests.
   */
  offset?: number
  /**
   * Number of friend requests to return (default 100, maximum 1000).
   */
  count?: number
  /**
   * '1' - to return response messages from users who have sent a friend request or, if 'suggested' is set to '1', to return a list of suggested friends
   */
  extended?: boolean | 0 | 1
  /**
   * '1' - to return a list of mutual friends (up to 20), if any
   */
  need_mutual?: boolean | 0 | 1
  /**
   * '1' - to return outgoing requests, '0' - to return incoming requests (default)
   */
  out?: boolean | 0 | 1
  /**
   * Sort order: '1' - by number of mutual friends, '0' - by date
   */
  sort?: 0 | 1 | 2
  need_viewed?: boolean | 0 | 1
  /**
   * '1' - to return a list of suggested friends, '0' - to return friend requests (default)
   */
  suggested?: boolean | 0 | 1
  ref?: string
  fields?: UsersFields[]
}
/**
 * Parameters of `friends.getSuggestions`.
 *
 * Returns a list of profiles of users whom the current user may know.
 *
 * Docs: https://dev.vk.com/method/friends.getSuggestions
 */
export interface FriendsGetSuggestionsParams {
  /**
   * Types of potential friends to return: 'mutual' - users with many mutual friends , 'contacts' - users found with the [vk.com/dev/account.importContacts|account.importContacts] method , 'mutual_contacts' - users who imported the same contacts as the current user with the [vk.com/dev/account.importContacts|account.importContacts] method
   */
  filter?: ("contacts" | "mutual" | "mutual_contacts")[]
  /**
   * Number of suggestions to return.
   */
  count?: number
  /**
   * Offset needed to return a specific subset of suggestions.
   */
  offset?: number
  /**
   * Profile fields to return. Sample values: 'nickname', 'screen_name', 'sex', 'bdate' (birthdate), 'city', 'country', 'timezone', 'photo', 'photo_medium', 'photo_big', 'has_mobile', 'rate', 'contacts', 'education', 'online', 'counters'.
   */
  fields?: UsersFields[]
  /**
   * Case for declension of user name and surname: , 'nom' - nominative (default) , 'gen' - genitive , 'dat' - dative , 'acc' - accusative , 'ins' - instrumental , 'abl' - prepositional
   */
  name_case?: BaseNameCase
}
/**
 * Parameters of `friends.search`.
 *
 * Returns a list of friends matching the search criteria.
 *
 * Docs: https://dev.vk.com/method/friends.search
 */
export interface FriendsSearchParams {
  /**
   * User ID.
   */
  user_id?: number
  /**
   * Search query string (e.g., 'Vasya Babich').
   */
  q?: string
  /**
   * Profile fields to return. Sample values: 'nickname', 'screen_name', 'sex', 'bdate' (birthdate), 'city', 'country', 'timezone', 'photo', 'photo_medium', 'photo_big', 'has_mobile', 'rate', 'contacts', 'education', 'online',
   */
  fields?: UsersFields[]
  /**
   * Case for declension of user name and surname: 'nom' - nominative (default), 'gen' - genitive , 'dat' - dative, 'acc' - accusative , 'ins' - instrumental , 'abl' - prepositional
   */
  name_case?: BaseNameCase
  /**
   * Offset needed to return a specific subset of friends.
   */
  offset?: number
  /**
   * Number of friends to return.
   */
  count?: number
}
/**
 * Parameters of `gifts.get`.
 *
 * Returns a list of user gifts.
 *
 * Docs: https://dev.vk.com/method/gifts.get
 */
export interface GiftsGetParams {
  /**
   * User ID.
   */
  user_id?: number
  /**
   * Number of gifts to return.
   */
  count?: number
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: number
}
/**
 * Parameters of `groups.addAddress`.
 *
 * Docs: https://dev.vk.com/method/groups.addAddress
 */
export interface GroupsAddAddressParams {
  group_id: number
  title: string
  address: string
  additional_address?: string
  city_id: number
  metro_id?: number
  latitude: number
  longitude: number
  phone?: string
  work_info_status?: GroupsAddressWorkInfoStatus
  timetable?: string
  is_main_address?: boolean | 0 | 1
}
/**
 * Parameters of `groups.addCallbackServer`.
 *
 * Docs: https://dev.vk.com/method/groups.addCallbackServer
 */
export interface GroupsAddCallbackServerParams {
  group_id: number
  url: string
  title: string
  secret_key?: string
}
/**
 * Parameters of `groups.addLink`.
 *
 * Allows to add a link to the community.
 *
 * Docs: https://dev.vk.com/method/groups.addLink
 */
export interface GroupsAddLinkParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * Link URL.
   */
  link: string
  /**
   * Description text for the link.
   */
  text?: string
}
/**
 * Parameters of `groups.approveRequest`.
 *
 * Allows to approve join request to the community.
 *
 * Docs: https://dev.vk.com/method/groups.approveRequest
 */
export interface GroupsApproveRequestParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * User ID.
   */
  user_id: number
}
/**
 * Parameters of `groups.ban`.
 *
 * Docs: https://dev.vk.com/method/groups.ban
 */
export interface GroupsBanParams {
  group_id: number
  owner_id?: number
  end_date?: number
  reason?: number
  comment?: string
  comment_visible?: boolean | 0 | 1
}
/**
 * Parameters of `groups.create`.
 *
 * Creates a new community.
 *
 * Docs: https://dev.vk.com/method/groups.create
 */
export interface GroupsCreateParams {
  /**
   * Community title.
   */
  title: string
  /**
   * Community description (ignored for 'type' = 'public').
   */
  description?: string
  /**
   * Community type. Possible values: *'group' - group,, *'event' - event,, *'public' - public page
   */
  type?: "event" | "group" | "public"
  /**
   * Category ID (for 'type' = 'public' only).
   */
  public_category?: number
  /**
   * Public page subcategory ID.
   */
  public_subcategory?: number
  /**
   * Public page subtype. Possible values: *'1' - place or small business,, *'2' - company, organization or website,, *'3' - famous person or group of people,, *'4' - product or work of art.
   */
  subtype?: 0 | 1 | 2 | 3 | 4
}
/**
 * Parameters of `groups.deleteAddress`.
 *
 * Docs: https://dev.vk.com/method/groups.deleteAddress
 */
export interface GroupsDeleteAddressParams {
  group_id: number
  address_id: number
}
/**
 * Parameters of `groups.deleteCallbackServer`.
 *
 * Docs: https://dev.vk.com/method/groups.deleteCallbackServer
 */
export interface GroupsDeleteCallbackServerParams {
  group_id: number
  server_id: number
}
/**
 * Parameters of `groups.deleteLink`.
 *
 * Allows to delete a link from the community.
 *
 * Docs: https://dev.vk.com/method/groups.deleteLink
 */
export interface GroupsDeleteLinkParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * Link ID.
   */
  link_id: number
}
/**
 * Parameters of `groups.disableOnline`.
 *
 * Docs: https://dev.vk.com/method/groups.disableOnline
 */
export interface GroupsDisableOnlineParams {
  group_id: number
}
/**
 * Parameters of `groups.edit`.
 *
 * Edits a community.
 *
 * Docs: https://dev.vk.com/method/groups.edit
 */
export interface GroupsEditParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * Community title.
   */
  title?: string
  /**
   * Community description.
   */
  description?: string
  /**
   * Community screen name.
   */
  screen_name?: string
  /**
   * Community type. Possible values: *'0' - open,, *'1' - closed,, *'2' - private.
   */
  access?: GroupsGroupAccess
  /**
   * Website that will be displayed in the community information field.
   */
  website?: string
  /**
   * Community subject. Possible values: , *'1' - auto/moto,, *'2' - activity holidays,, *'3' - business,, *'4' - pets,, *'5' - health,, *'6' - dating and communication, , *'7' - games,, *'8' - IT (computers and software),, *'9' - cinema,, *'10' - beauty and fashion,, *'11' - cooking,, *'12' - art and culture,, *'13' - literature,, *'14' - mobile services and internet,, *'15' - music,, *'16' - science and technology,, *'17' - real estate,, *'18' - news and media,, *'19' - security,, *'20' - education,, *'21' - home and renovations,, *'22' - politics,, *'23' - food,, *'24' - industry,, *'25' - travel,, *'26' - work,, *'27' - entertainment,, *'28' - religion,, *'29' - family,, *'30' - sports,, *'31' - insurance,, *'32' - television,, *'33' - goods and services,, *'34' - hobbies,, *'35' - finance,, *'36' - photo,, *'37' - esoterics,, *'38' - electronics and appliances,, *'39' - erotic,, *'40' - humor,, *'41' - society, humanities,, *'42' - design and graphics.
   */
  subject?: GroupsGroupSubject
  /**
   * Organizer email (for events).
   */
  email?: string
  /**
   * Organizer phone number (for events).
   */
  phone?: string
  /**
   * RSS feed address for import (available only to communities with special permission. Contact vk.com/support to get it.
   */
  rss?: string
  /**
   * Event start date in Unixtime format.
   */
  event_start_date?: number
  /**
   * Event finish date in Unixtime format.
   */
  event_finish_date?: number
  /**
   * Organizer community ID (for events only).
   */
  event_group_id?: number
  /**
   * Public page category ID.
   */
  public_category?: number
  /**
   * Public page subcategory ID.
   */
  public_subcategory?: number
  /**
   * Founding date of a company or organization owning the community in "dd.mm.YYYY" format.
   */
  public_date?: string
  /**
   * Wall settings. Possible values: *'0' - disabled,, *'1' - open,, *'2' - limited (groups and events only),, *'3' - closed (groups and events only).
   */
  wall?: GroupsGroupWall
  /**
   * Board topics settings. Possbile values: , *'0' - disabled,, *'1' - open,, *'2' - limited (for groups and events only).
   */
  topics?: GroupsGroupTopics
  /**
   * Photos settings. Possible values: *'0' - disabled,, *'1' - open,, *'2' - limited (for groups and events only).
   */
  photos?: GroupsGroupPhotos
  /**
   * Video settings. Possible values: *'0' - disabled,, *'1' - open,, *'2' - limited (for groups and events only).
   */
  video?: GroupsGroupVideo
  /**
   * Audio settings. Possible values: *'0' - disabled,, *'1' - open,, *'2' - limited (for groups and events only).
   */
  audio?: GroupsGroupAudio
  /**
   * Links settings (for public pages only). Possible values: *'0' - disabled,, *'1' - enabled.
   */
  links?: boolean | 0 | 1
  /**
   * Events settings (for public pages only). Possible values: *'0' - disabled,, *'1' - enabled.
   */
  events?: boolean | 0 | 1
  /**
   * Places settings (for public pages only). Possible values: *'0' - disabled,, *'1' - enabled.
   */
  places?: boolean | 0 | 1
  /**
   * Contacts settings (for public pages only). Possible values: *'0' - disabled,, *'1' - enabled.
   */
  contacts?: boolean | 0 | 1
  /**
   * Documents settings. Possible values: *'0' - disabled,, *'1' - open,, *'2' - limited (for groups and events only).
   */
  docs?: GroupsGroupDocs
  /**
   * Wiki pages settings. Possible values: *'0' - disabled,, *'1' - open,, *'2' - limited (for groups and events only).
   */
  wiki?: GroupsGroupWiki
  /**
   * Community messages. Possible values: *'0' - disabled,, *'1' - enabled.
   */
  messages?: boolean | 0 | 1
  articles?: boolean | 0 | 1
  addresses?: boolean | 0 | 1
  /**
   * Community age limits. Possible values: *'1' - no limits,, *'2' - 16+,, *'3' - 18+.
   */
  age_limits?: GroupsGroupAgeLimits
  /**
   * Market settings. Possible values: *'0' - disabled,, *'1' - enabled.
   */
  market?: boolean | 0 | 1
  /**
   * Buttons details, see market/objects.json#/definitions/market_custom_button
   */
  market_buttons?: ({ [key: string]: unknown }[] | string)
  /**
   * market comments settings. Possible values: *'0' - disabled,, *'1' - enabled.
   */
  market_comments?: boolean | 0 | 1
  /**
   * Market delivery countries.
   */
  market_country?: number[]
  /**
   * Market delivery cities (if only one country is specified).
   */
  market_city?: number[]
  /**
   * Market currency settings. Possbile values: , *'643' - Russian rubles,, *'980' - Ukrainian hryvnia,, *'398' - Kazakh tenge,, *'978' - Euro,, *'840' - US dollars
   */
  market_currency?: GroupsGroupMarketCurrency
  /**
   * Seller contact for market. Set '0' for community messages.
   */
  market_contact?: number
  /**
   * ID of a wiki page with market description.
   */
  market_wiki?: number
  /**
   * Obscene expressions filter in comments. Possible values: , *'0' - disabled,, *'1' - enabled.
   */
  obscene_filter?: boolean | 0 | 1
  /**
   * Stopwords filter in comments. Possible values: , *'0' - disabled,, *'1' - enabled.
   */
  obscene_stopwords?: boolean | 0 | 1
  toxic_filter?: boolean | 0 | 1
  disable_replies_from_groups?: boolean | 0 | 1
  /**
   * Keywords for stopwords filter.
   */
  obscene_words?: string[]
  main_section?: number
  secondary_section?: number
  /**
   * Country of the community.
   */
  country?: number
  /**
   * City of the community.
   */
  city?: number
}
/**
 * Parameters of `groups.editAddress`.
 *
 * Docs: https://dev.vk.com/method/groups.editAddress
 */
export interface GroupsEditAddressParams {
  group_id: number
  address_id: number
  title?: string
  address?: string
  additional_address?: string
  city_id?: number
  metro_id?: number
  latitude?: number
  longitude?: number
  phone?: string
  work_info_status?: GroupsAddressWorkInfoStatus
  timetable?: string
  is_main_address?: boolean | 0 | 1
}
/**
 * Parameters of `groups.editCallbackServer`.
 *
 * Docs: https://dev.vk.com/method/groups.editCallbackServer
 */
export interface GroupsEditCallbackServerParams {
  group_id: number
  server_id: number
  url: string
  title: string
  secret_key?: string
}
/**
 * Parameters of `groups.editLink`.
 *
 * Allows to edit a link in the community.
 *
 * Docs: https://dev.vk.com/method/groups.editLink
 */
export interface GroupsEditLinkParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * Link ID.
   */
  link_id: number
  /**
   * New description text for the link.
   */
  text?: string
}
/**
 * Parameters of `groups.editManager`.
 *
 * Allows to add, remove or edit the community manager.
 *
 * Docs: https://dev.vk.com/method/groups.editManager
 */
export interface GroupsEditManagerParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * User ID.
   */
  user_id: number
  /**
   * Manager role. Possible values: *'moderator',, *'editor',, *'administrator',, *'advertiser'.
   */
  role?: GroupsGroupRole
  /**
   * '1' — allow the manager to accept community calls.
   */
  is_call_operator?: boolean | 0 | 1
  /**
   * '1' - to show the manager in Contacts block of the community.
   */
  is_contact?: boolean | 0 | 1
  /**
   * Position to show in Contacts block.
   */
  contact_position?: string
  /**
   * Contact phone.
   */
  contact_phone?: string
  /**
   * Contact e-mail.
   */
  contact_email?: string
}
/**
 * Parameters of `groups.enableOnline`.
 *
 * Docs: https://dev.vk.com/method/groups.enableOnline
 */
export interface GroupsEnableOnlineParams {
  group_id: number
}
/**
 * Parameters of `groups.get`.
 *
 * Returns a list of the communities to which a user belongs.
 *
 * Docs: https://dev.vk.com/method/groups.get
 */
export interface GroupsGetParams {
  /**
   * User ID.
   */
  user_id?: number
  /**
   * '1' - to return complete information about a user's communities, '0' - to return a list of community IDs without any additional fields (default),
   */
  extended?: boolean | 0 | 1
  /**
   * Types of communities to return: 'admin' - to return communities administered by the user , 'editor' - to return communities where the user is an administrator or editor, 'moder' - to return communities where the user is an administrator, editor, or moderator, 'groups' - to return only groups, 'publics' - to return only public pages, 'events' - to return only events
   */
  filter?: GroupsFilter[]
  /**
   * Profile fields to return.
   */
  fields?: GroupsFields[]
  /**
   * Offset needed to return a specific subset of communities.
   */
  offset?: number
  /**
   * Number of communities to return.
   */
  count?: number
}
/**
 * Parameters of `groups.getAddresses`.
 *
 * Returns a list of community addresses.
 *
 * Docs: https://dev.vk.com/method/groups.getAddresses
 */
export interface GroupsGetAddressesParams {
  /**
   * ID or screen name of the community.
   */
  group_id: number
  address_ids?: number[]
  /**
   * Latitude of  the user geo position.
   */
  latitude?: number
  /**
   * Longitude of the user geo position.
   */
  longitude?: number
  /**
   * Offset needed to return a specific subset of community addresses.
   */
  offset?: number
  /**
   * Number of community addresses to return.
   */
  count?: number
  /**
   * Address fields
   */
  fields?: AddressFields[]
}
/**
 * Parameters of `groups.getBanned`.
 *
 * Returns a list of users on a community blacklist.
 *
 * Docs: https://dev.vk.com/method/groups.getBanned
 */
export interface GroupsGetBannedParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * Offset needed to return a specific subset of users.
   */
  offset?: number
  /**
   * Number of users to return.
   */
  count?: number
  fields?: BaseUserGroupFields[]
  owner_id?: number
}
/**
 * Parameters of `groups.getById`.
 *
 * Returns information about communities by their IDs.
 *
 * Docs: https://dev.vk.com/method/groups.getById
 */
export interface GroupsGetByIdParams {
  /**
   * IDs or screen names of communities.
   */
  group_ids?: (number | string)[]
  /**
   * ID or screen name of the community.
   */
  group_id?: number | string
  /**
   * Group fields to return.
   */
  fields?: GroupsFields[]
}
/**
 * Parameters of `groups.getCallbackConfirmationCode`.
 *
 * Returns Callback API confirmation code for the community.
 *
 * Docs: https://dev.vk.com/method/groups.getCallbackConfirmationCode
 */
export interface GroupsGetCallbackConfirmationCodeParams {
  /**
   * Community ID.
   */
  group_id: number
}
/**
 * Parameters of `groups.getCallbackServers`.
 *
 * Docs: https://dev.vk.com/method/groups.getCallbackServers
 */
export interface GroupsGetCallbackServersParams {
  group_id: number
  server_ids?: number[]
}
/**
 * Parameters of `groups.getCallbackSettings`.
 *
 * Returns [vk.com/dev/callback_api|Callback API] notifications settings.
 *
 * Docs: https://dev.vk.com/method/groups.getCallbackSettings
 */
export interface GroupsGetCallbackSettingsParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * Server ID.
   */
  server_id?: number
}
/**
 * Parameters of `groups.getCatalogInfo`.
 *
 * Returns categories list for communities catalog
 *
 * Docs: https://dev.vk.com/method/groups.getCatalogInfo
 */
export interface GroupsGetCatalogInfoParams {
  /**
   * 1 - to return communities count and three communities for preview. By default: 0.
   */
  extended?: boolean | 0 | 1
  /**
   * 1 - to return subcategories info. By default: 0.
   */
  subcategories?: boolean | 0 | 1
}
/**
 * Parameters of `groups.getInvitedUsers`.
 *
 * Returns invited users list of a community
 *
 * Docs: https://dev.vk.com/method/groups.getInvitedUsers
 */
export interface GroupsGetInvitedUsersParams {
  /**
   * Group ID to return invited users for.
   */
  group_id: number
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: number
  /**
   * Number of results to return.
   */
  count?: number
  /**
   * List of additional fields to be returned. Available values: 'sex, bdate, city, country, photo_50, photo_100, photo_200_orig, photo_200, photo_400_orig, photo_max, photo_max_orig, online, online_mobile, lists, domain, has_mobile, contacts, connections, site, education, universities, schools, can_post, can_see_all_posts, can_see_audio, can_write_private_message, status, last_seen, common_count, relation, relatives, counters'.
   */
  fields?: UsersFields[]
  /**
   * Case for declension of user name and surname. Possible values: *'nom' - nominative (default),, *'gen' - genitive,, *'dat' - dative,, *'acc' - accusative, , *'ins' - instrumental,, *'abl' - prepositional.
   */
  name_case?: BaseNameCase
}
/**
 * Parameters of `groups.getInvites`.
 *
 * Returns a list of invitations to join communities and events.
 *
 * Docs: https://dev.vk.com/method/groups.getInvites
 */
export interface GroupsGetInvitesParams {
  /**
   * Offset needed to return a specific subset of invitations.
   */
  offset?: number
  /**
   * Number of invitations to return.
   */
  count?: number
  /**
   * '1' - to return additional [vk.com/dev/fields_groups|fields] for communities..
   */
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `groups.getLongPollServer`.
 *
 * Returns the data needed to query a Long Poll server for events
 *
 * Docs: https://dev.vk.com/method/groups.getLongPollServer
 */
export interface GroupsGetLongPollServerParams {
  /**
   * Community ID.
   */
  group_id: number
}
/**
 * Parameters of `groups.getLongPollSettings`.
 *
 * Returns Long Poll notification settings
 *
 * Docs: https://dev.vk.com/method/groups.getLongPollSettings
 */
export interface GroupsGetLongPollSettingsParams {
  /**
   * Community ID.
   */
  group_id: number
}
/**
 * Parameters of `groups.getMembers`.
 *
 * Returns a list of community members.
 *
 * Docs: https://dev.vk.com/method/groups.getMembers
 */
export interface GroupsGetMembersParams {
  /**
   * ID or screen name of the community.
   */
  group_id?: number | string
  /**
   * Sort order. Available values: 'id_asc', 'id_desc', 'time_asc', 'time_desc'. 'time_asc' and 'time_desc' are availavle only if the method is called by the group's 'moderator'.
   */
  sort?: "id_asc" | "id_desc" | "time_asc" | "time_desc"
  /**
   * Offset needed to return a specific subset of community members.
   */
  offset?: number
  /**
   * Number of community members to return.
   */
  count?: number
  /**
   * List of additional fields to be returned. Available values: 'sex, bdate, city, country, photo_50, photo_100, photo_200_orig, photo_200, photo_400_orig, photo_max, photo_max_orig, online, online_mobile, lists, domain, has_mobile, contacts, connections, site, education, universities, schools, can_post, can_see_all_posts, can_see_audio, can_write_private_message, status, last_seen, common_count, relation, relatives, counters'.
   */
  fields?: UsersFields[]
  /**
   * *'friends' - only friends in this community will be returned,, *'unsure' - only those who pressed 'I may attend' will be returned (if it's an event).
   */
  filter?: "donut" | "friends" | "managers" | "unsure"
}
/**
 * Parameters of `groups.getOnlineStatus`.
 *
 * Docs: https://dev.vk.com/method/groups.getOnlineStatus
 */
export interface GroupsGetOnlineStatusParams {
  group_id: number
}
/**
 * Parameters of `groups.getRequests`.
 *
 * Returns a list of requests to the community.
 *
 * Docs: https://dev.vk.com/method/groups.getRequests
 */
export interface GroupsGetRequestsParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: number
  /**
   * Number of results to return.
   */
  count?: number
  /**
   * Profile fields to return.
   */
  fields?: UsersFields[]
}
/**
 * Parameters of `groups.getSettings`.
 *
 * Returns community settings.
 *
 * Docs: https://dev.vk.com/method/groups.getSettings
 */
export interface GroupsGetSettingsParams {
  /**
   * Community ID.
   */
  group_id: number | string
}
/**
 * Parameters of `groups.getTagList`.
 *
 * List of group's tags
 *
 * Docs: https://dev.vk.com/method/groups.getTagList
 */
export interface GroupsGetTagListParams {
  group_id: number
}
/**
 * Parameters of `groups.getTokenPermissions`.
 *
 * Docs: https://dev.vk.com/method/groups.getTokenPermissions
 */
export interface GroupsGetTokenPermissionsParams {

}
/**
 * Parameters of `groups.invite`.
 *
 * Allows to invite friends to the community.
 *
 * Docs: https://dev.vk.com/method/groups.invite
 */
export interface GroupsInviteParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * User ID.
   */
  user_id?: number
  /**
   * User IDs.
   */
  user_ids_list?: number[]
}
/**
 * Parameters of `groups.isMember`.
 *
 * Returns information specifying whether a user is a member of a community.
 *
 * Docs: https://dev.vk.com/method/groups.isMember
 */
export interface GroupsIsMemberParams {
  /**
   * ID or screen name of the community.
   */
  group_id: number | string
  /**
   * User ID.
   */
  user_id?: number
  /**
   * User IDs.
   */
  user_ids?: number[]
  /**
   * '1' - to return an extended response with additional fields. By default: '0'.
   */
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `groups.join`.
 *
 * With this method you can join the group or public page, and also confirm your participation in an event.
 *
 * Docs: https://dev.vk.com/method/groups.join
 */
export interface GroupsJoinParams {
  /**
   * ID or screen name of the community.
   */
  group_id: number
  /**
   * Optional parameter which is taken into account when 'gid' belongs to the event: '1' - Perhaps I will attend, '0' - I will be there for sure (default), ,
   */
  not_sure?: string
}
/**
 * Parameters of `groups.leave`.
 *
 * With this method you can leave a group, public page, or event.
 *
 * Docs: https://dev.vk.com/method/groups.leave
 */
export interface GroupsLeaveParams {
  /**
   * ID or screen name of the community.
   */
  group_id: number
}
/**
 * Parameters of `groups.removeUser`.
 *
 * Removes a user from the community.
 *
 * Docs: https://dev.vk.com/method/groups.removeUser
 */
export interface GroupsRemoveUserParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * User ID.
   */
  user_id: number
}
/**
 * Parameters of `groups.reorderLink`.
 *
 * Allows to reorder links in the community.
 *
 * Docs: https://dev.vk.com/method/groups.reorderLink
 */
export interface GroupsReorderLinkParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * Link ID.
   */
  link_id: number
  /**
   * ID of the link after which to place the link with 'link_id'.
   */
  after?: number
}
/**
 * Parameters of `groups.search`.
 *
 * Returns a list of communities matching the search criteria.
 *
 * Docs: https://dev.vk.com/method/groups.search
 */
export interface GroupsSearchParams {
  /**
   * Search query string.
   */
  q: string
  /**
   * Community type. Possible values: 'group, page, event.'
   */
  type?: "event" | "group" | "page"
  /**
   * Country ID.
   */
  country_id?: number
  /**
   * City ID. If this parameter is transmitted, country_id is ignored.
   */
  city_id?: number
  /**
   * '1' - to return only upcoming events. Works with the 'type' = 'event' only.
   */
  future?: boolean | 0 | 1
  /**
   * '1' - to return communities with enabled market only.
   */
  market?: boolean | 0 | 1
  /**
   * Sort order. Possible values: *'0' - default sorting (similar the full version of the site),, *'1' - by growth speed,, *'2'- by the "day attendance/members number" ratio,, *'3' - by the "Likes number/members number" ratio,, *'4' - by the "comments number/members number" ratio,, *'5' - by the "boards entries number/members number" ratio.
   */
  sort?: 0 | 1 | 2 | 3 | 4 | 5 | 6
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: number
  /**
   * Number of communities to return. "Note that you can not receive more than first thousand of results, regardless of 'count' and 'offset' values."
   */
  count?: number
}
/**
 * Parameters of `groups.setCallbackSettings`.
 *
 * Allow to set notifications settings for group.
 *
 * Docs: https://dev.vk.com/method/groups.setCallbackSettings
 */
export interface GroupsSetCallbackSettingsParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * Server ID.
   */
  server_id?: number
  api_version?: string
  /**
   * A new incoming message has been received ('0' - disabled, '1' - enabled).
   */
  message_new?: boolean | 0 | 1
  /**
   * A new outcoming message has been received ('0' - disabled, '1' - enabled).
   */
  message_reply?: boolean | 0 | 1
  /**
   * Allowed messages notifications ('0' - disabled, '1' - enabled).
   */
  message_allow?: boolean | 0 | 1
  message_edit?: boolean | 0 | 1
  /**
   * Denied messages notifications ('0' - disabled, '1' - enabled).
   */
  message_deny?: boolean | 0 | 1
  message_typing_state?: boolean | 0 | 1
  /**
   * Messages read notifications ('0' - disabled, '1' - enabled).
   */
  message_read?: boolean | 0 | 1
  /**
   * New photos notifications ('0' - disabled, '1' - enabled).
   */
  photo_new?: boolean | 0 | 1
  /**
   * New audios notifications ('0' - disabled, '1' - enabled).
   */
  audio_new?: boolean | 0 | 1
  /**
   * New videos notifications ('0' - disabled, '1' - enabled).
   */
  video_new?: boolean | 0 | 1
  /**
   * New wall replies notifications ('0' - disabled, '1' - enabled).
   */
  wall_reply_new?: boolean | 0 | 1
  /**
   * Wall replies edited notifications ('0' - disabled, '1' - enabled).
   */
  wall_reply_edit?: boolean | 0 | 1
  /**
   * A wall comment has been deleted ('0' - disabled, '1' - enabled).
   */
  wall_reply_delete?: boolean | 0 | 1
  /**
   * A wall comment has been restored ('0' - disabled, '1' - enabled).
   */
  wall_reply_restore?: boolean | 0 | 1
  /**
   * New wall posts notifications ('0' - disabled, '1' - enabled).
   */
  wall_post_new?: boolean | 0 | 1
  /**
   * New wall posts notifications ('0' - disabled, '1' - enabled).
   */
  wall_repost?: boolean | 0 | 1
  /**
   * Scheduled post added to time slot ('0' - disabled, '1' - enabled).
   */
  wall_schedule_post_new?: boolean | 0 | 1
  /**
   * Scheduled post removed from time slot ('0' - disabled, '1' - enabled).
   */
  wall_schedule_post_delete?: boolean | 0 | 1
  /**
   * New board posts notifications ('0' - disabled, '1' - enabled).
   */
  board_post_new?: boolean | 0 | 1
  /**
   * Board posts edited notifications ('0' - disabled, '1' - enabled).
   */
  board_post_edit?: boolean | 0 | 1
  /**
   * Board posts restored notifications ('0' - disabled, '1' - enabled).
   */
  board_post_restore?: boolean | 0 | 1
  /**
   * Board posts deleted notifications ('0' - disabled, '1' - enabled).
   */
  board_post_delete?: boolean | 0 | 1
  /**
   * New comment to photo notifications ('0' - disabled, '1' - enabled).
   */
  photo_comment_new?: boolean | 0 | 1
  /**
   * A photo comment has been edited ('0' - disabled, '1' - enabled).
   */
  photo_comment_edit?: boolean | 0 | 1
  /**
   * A photo comment has been deleted ('0' - disabled, '1' - enabled).
   */
  photo_comment_delete?: boolean | 0 | 1
  /**
   * A photo comment has been restored ('0' - disabled, '1' - enabled).
   */
  photo_comment_restore?: boolean | 0 | 1
  /**
   * New comment to video notifications ('0' - disabled, '1' - enabled).
   */
  video_comment_new?: boolean | 0 | 1
  /**
   * A video comment has been edited ('0' - disabled, '1' - enabled).
   */
  video_comment_edit?: boolean | 0 | 1
  /**
   * A video comment has been deleted ('0' - disabled, '1' - enabled).
   */
  video_comment_delete?: boolean | 0 | 1
  /**
   * A video comment has been restored ('0' - disabled, '1' - enabled).
   */
  video_comment_restore?: boolean | 0 | 1
  /**
   * New comment to market item notifications ('0' - disabled, '1' - enabled).
   */
  market_comment_new?: boolean | 0 | 1
  /**
   * A market comment has been edited ('0' - disabled, '1' - enabled).
   */
  market_comment_edit?: boolean | 0 | 1
  /**
   * A market comment has been deleted ('0' - disabled, '1' - enabled).
   */
  market_comment_delete?: boolean | 0 | 1
  /**
   * A market comment has been restored ('0' - disabled, '1' - enabled).
   */
  market_comment_restore?: boolean | 0 | 1
  market_order_new?: boolean | 0 | 1
  market_order_edit?: boolean | 0 | 1
  /**
   * A vote in a public poll has been added ('0' - disabled, '1' - enabled).
   */
  poll_vote_new?: boolean | 0 | 1
  /**
   * Joined community notifications ('0' - disabled, '1' - enabled).
   */
  group_join?: boolean | 0 | 1
  /**
   * Left community notifications ('0' - disabled, '1' - enabled).
   */
  group_leave?: boolean | 0 | 1
  group_change_settings?: boolean | 0 | 1
  group_change_photo?: boolean | 0 | 1
  group_officers_edit?: boolean | 0 | 1
  /**
   * User added to community blacklist
   */
  user_block?: boolean | 0 | 1
  /**
   * User removed from community blacklist
   */
  user_unblock?: boolean | 0 | 1
  /**
   * New form in lead forms
   */
  lead_forms_new?: boolean | 0 | 1
  like_add?: boolean | 0 | 1
  like_remove?: boolean | 0 | 1
  message_event?: boolean | 0 | 1
  message_reaction_event?: boolean | 0 | 1
  donut_subscription_create?: boolean | 0 | 1
  donut_subscription_prolonged?: boolean | 0 | 1
  donut_subscription_cancelled?: boolean | 0 | 1
  donut_subscription_price_changed?: boolean | 0 | 1
  donut_subscription_expired?: boolean | 0 | 1
  donut_money_withdraw?: boolean | 0 | 1
  donut_money_withdraw_error?: boolean | 0 | 1
}
/**
 * Parameters of `groups.setLongPollSettings`.
 *
 * Sets Long Poll notification settings
 *
 * Docs: https://dev.vk.com/method/groups.setLongPollSettings
 */
export interface GroupsSetLongPollSettingsParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * Sets whether Long Poll is enabled ('0' - disabled, '1' - enabled).
   */
  enabled?: boolean | 0 | 1
  api_version?: string
  /**
   * A new incoming message has been received ('0' - disabled, '1' - enabled).
   */
  message_new?: boolean | 0 | 1
  /**
   * A new outcoming message has been received ('0' - disabled, '1' - enabled).
   */
  message_reply?: boolean | 0 | 1
  /**
   * Allowed messages notifications ('0' - disabled, '1' - enabled).
   */
  message_allow?: boolean | 0 | 1
  /**
   * Denied messages notifications ('0' - disabled, '1' - enabled).
   */
  message_deny?: boolean | 0 | 1
  /**
   * A message has been edited ('0' - disabled, '1' - enabled).
   */
  message_edit?: boolean | 0 | 1
  message_typing_state?: boolean | 0 | 1
  /**
   * Messages read notifications ('0' - disabled, '1' - enabled).
   */
  message_read?: boolean | 0 | 1
  /**
   * New photos notifications ('0' - disabled, '1' - enabled).
   */
  photo_new?: boolean | 0 | 1
  /**
   * New audios notifications ('0' - disabled, '1' - enabled).
   */
  audio_new?: boolean | 0 | 1
  /**
   * New videos notifications ('0' - disabled, '1' - enabled).
   */
  video_new?: boolean | 0 | 1
  /**
   * New wall replies notifications ('0' - disabled, '1' - enabled).
   */
  wall_reply_new?: boolean | 0 | 1
  /**
   * Wall replies edited notifications ('0' - disabled, '1' - enabled).
   */
  wall_reply_edit?: boolean | 0 | 1
  /**
   * A wall comment has been deleted ('0' - disabled, '1' - enabled).
   */
  wall_reply_delete?: boolean | 0 | 1
  /**
   * A wall comment has been restored ('0' - disabled, '1' - enabled).
   */
  wall_reply_restore?: boolean | 0 | 1
  /**
   * New wall posts notifications ('0' - disabled, '1' - enabled).
   */
  wall_post_new?: boolean | 0 | 1
  /**
   * New wall posts notifications ('0' - disabled, '1' - enabled).
   */
  wall_repost?: boolean | 0 | 1
  /**
   * New board posts notifications ('0' - disabled, '1' - enabled).
   */
  board_post_new?: boolean | 0 | 1
  /**
   * Board posts edited notifications ('0' - disabled, '1' - enabled).
   */
  board_post_edit?: boolean | 0 | 1
  /**
   * Board posts restored notifications ('0' - disabled, '1' - enabled).
   */
  board_post_restore?: boolean | 0 | 1
  /**
   * Board posts deleted notifications ('0' - disabled, '1' - enabled).
   */
  board_post_delete?: boolean | 0 | 1
  /**
   * New comment to photo notifications ('0' - disabled, '1' - enabled).
   */
  photo_comment_new?: boolean | 0 | 1
  /**
   * A photo comment has been edited ('0' - disabled, '1' - enabled).
   */
  photo_comment_edit?: boolean | 0 | 1
  /**
   * A photo comment has been deleted ('0' - disabled, '1' - enabled).
   */
  photo_comment_delete?: boolean | 0 | 1
  /**
   * A photo comment has been restored ('0' - disabled, '1' - enabled).
   */
  photo_comment_restore?: boolean | 0 | 1
  /**
   * New comment to video notifications ('0' - disabled, '1' - enabled).
   */
  video_comment_new?: boolean | 0 | 1
  /**
   * A video comment has been edited ('0' - disabled, '1' - enabled).
   */
  video_comment_edit?: boolean | 0 | 1
  /**
   * A video comment has been deleted ('0' - disabled, '1' - enabled).
   */
  video_comment_delete?: boolean | 0 | 1
  /**
   * A video comment has been restored ('0' - disabled, '1' - enabled).
   */
  video_comment_restore?: boolean | 0 | 1
  /**
   * New comment to market item notifications ('0' - disabled, '1' - enabled).
   */
  market_comment_new?: boolean | 0 | 1
  /**
   * A market comment has been edited ('0' - disabled, '1' - enabled).
   */
  market_comment_edit?: boolean | 0 | 1
  /**
   * A market comment has been deleted ('0' - disabled, '1' - enabled).
   */
  market_comment_delete?: boolean | 0 | 1
  /**
   * A market comment has been restored ('0' - disabled, '1' - enabled).
   */
  market_comment_restore?: boolean | 0 | 1
  /**
   * A vote in a public poll has been added ('0' - disabled, '1' - enabled).
   */
  poll_vote_new?: boolean | 0 | 1
  /**
   * Joined community notifications ('0' - disabled, '1' - enabled).
   */
  group_join?: boolean | 0 | 1
  /**
   * Left community notifications ('0' - disabled, '1' - enabled).
   */
  group_leave?: boolean | 0 | 1
  group_change_settings?: boolean | 0 | 1
  group_change_photo?: boolean | 0 | 1
  group_officers_edit?: boolean | 0 | 1
  /**
   * User added to community blacklist
   */
  user_block?: boolean | 0 | 1
  /**
   * User removed from community blacklist
   */
  user_unblock?: boolean | 0 | 1
  like_add?: boolean | 0 | 1
  like_remove?: boolean | 0 | 1
  message_event?: boolean | 0 | 1
  message_reaction_event?: boolean | 0 | 1
  donut_subscription_create?: boolean | 0 | 1
  donut_subscription_prolonged?: boolean | 0 | 1
  donut_subscription_cancelled?: boolean | 0 | 1
  donut_subscription_price_changed?: boolean | 0 | 1
  donut_subscription_expired?: boolean | 0 | 1
  donut_money_withdraw?: boolean | 0 | 1
  donut_money_withdraw_error?: boolean | 0 | 1
}
/**
 * Parameters of `groups.setSettings`.
 *
 * Docs: https://dev.vk.com/method/groups.setSettings
 */
export interface GroupsSetSettingsParams {
  group_id: number
  messages?: boolean | 0 | 1
  /**
   * By enabling bot abilities, you can send users messages with a customized keyboard attached as well as use other promotional abilities
   */
  bots_capabilities?: boolean | 0 | 1
  /**
   * If this setting is enabled, users will see a Start button when they start a chat with your community for the first time
   */
  bots_start_button?: boolean | 0 | 1
  /**
   * If this setting is enabled then users can add your community to a chat
   */
  bots_add_to_chat?: boolean | 0 | 1
  /**
   * If this setting is enabled then online booking chatbot add in your community chats
   */
  bot_online_booking_enabled?: boolean | 0 | 1
}
/**
 * Parameters of `groups.setUserNote`.
 *
 * In order to save note about group participant
 *
 * Docs: https://dev.vk.com/method/groups.setUserNote
 */
export interface GroupsSetUserNoteParams {
  group_id: number
  user_id: number
  /**
   * Note body
   */
  note?: string
}
/**
 * Parameters of `groups.tagAdd`.
 *
 * Add new group's tag
 *
 * Docs: https://dev.vk.com/method/groups.tagAdd
 */
export interface GroupsTagAddParams {
  group_id: number
  tag_name: string
  tag_color?: "454647" | "45678f" | "4bb34b" | "5181b8" | "539b9c" | "5c9ce6" | "63b9ba" | "6bc76b" | "76787a" | "792ec0" | "7a6c4f" | "7ececf" | "9e8d6b" | "a162de" | "aaaeb3" | "bbaa84" | "e64646" | "ff5c5c" | "ffa000" | "ffc107"
}
/**
 * Parameters of `groups.tagBind`.
 *
 * Bind or unbind group's tag to user
 *
 * Docs: https://dev.vk.com/method/groups.tagBind
 */
export interface GroupsTagBindParams {
  group_id: number
  tag_id: number
  user_id: number
  /**
   * Describe the action
   */
  act: "bind" | "unbind"
}
/**
 * Parameters of `groups.tagDelete`.
 *
 * Delete group's tag
 *
 * Docs: https://dev.vk.com/method/groups.tagDelete
 */
export interface GroupsTagDeleteParams {
  group_id: number
  tag_id: number
}
/**
 * Parameters of `groups.tagUpdate`.
 *
 * Update group's tag
 *
 * Docs: https://dev.vk.com/method/groups.tagUpdate
 */
export interface GroupsTagUpdateParams {
  group_id: number
  tag_id: number
  tag_name: string
}
/**
 * Parameters of `groups.toggleMarket`.
 *
 * Docs: https://dev.vk.com/method/groups.toggleMarket
 */
export interface GroupsToggleMarketParams {
  group_id: number
  state: GroupsMarketState
  ref?: string
}
/**
 * Parameters of `groups.unban`.
 *
 * Docs: https://dev.vk.com/method/groups.unban
 */
export interface GroupsUnbanParams {
  group_id: number
  owner_id?: number
}
/**
 * Parameters of `leadForms.create`.
 *
 * Docs: https://dev.vk.com/method/leadForms.create
 */
export interface LeadFormsCreateParams {
  group_id: number
  name: string
  title: string
  description: string
  questions: string
  policy_link_url: string
  photo?: string
  confirmation?: string
  site_link_url?: string
  active?: boolean | 0 | 1
  once_per_user?: boolean | 0 | 1
  pixel_code?: string
  notify_admins?: number[]
  notify_emails?: string[]
}
/**
 * Parameters of `leadForms.delete`.
 *
 * Docs: https://dev.vk.com/method/leadForms.delete
 */
export interface LeadFormsDeleteParams {
  group_id: number
  form_id: number
}
/**
 * Parameters of `leadForms.get`.
 *
 * Docs: https://dev.vk.com/method/leadForms.get
 */
export interface LeadFormsGetParams {
  group_id: number
  form_id: number
}
/**
 * Parameters of `leadForms.getLeads`.
 *
 * Docs: https://dev.vk.com/method/leadForms.getLeads
 */
export interface LeadFormsGetLeadsParams {
  group_id: number
  form_id: number
  limit?: number
  next_page_token?: string
}
/**
 * Parameters of `leadForms.getUploadURL`.
 *
 * Docs: https://dev.vk.com/method/leadForms.getUploadURL
 */
export interface LeadFormsGetUploadURLParams {

}
/**
 * Parameters of `leadForms.list`.
 *
 * Docs: https://dev.vk.com/method/leadForms.list
 */
export interface LeadFormsListParams {
  group_id: number
}
/**
 * Parameters of `leadForms.update`.
 *
 * Docs: https://dev.vk.com/method/leadForms.update
 */
export interface LeadFormsUpdateParams {
  group_id: number
  form_id: number
  name: string
  title: string
  description: string
  questions: string
  policy_link_url: string
  photo?: string
  confirmation?: string
  site_link_url?: string
  active?: boolean | 0 | 1
  once_per_user?: boolean | 0 | 1
  pixel_code?: string
  notify_admins?: number[]
  notify_emails?: string[]
}
/**
 * Parameters of `likes.add`.
 *
 * Adds the specified object to the 'Likes' list of the current user.
 *
 * Docs: https://dev.vk.com/method/likes.add
 */
export interface LikesAddParams {
  /**
   * Object type: 'post' - post on user or community wall, 'comment' - comment on a wall post, 'photo' - photo, 'audio' - audio, 'video' - video, 'story' - story, 'note' - note, 'photo_comment' - comment on the photo, 'video_comment' - comment on the video, 'topic_comment' - comment in the discussion, 'sitepage' - page of the site where the [vk.com/dev/Like|Like widget] is installed
   */
  type: LikesType
  /**
   * ID of the user or community that owns the object.
   */
  owner_id?: number
  /**
   * Object ID.
   */
  item_id: number
  /**
   * Access key required for an object owned by a private entity.
   */
  access_key?: string
  /**
   * Impersonate group
   */
  from_group?: boolean | 0 | 1
}
/**
 * Parameters of `likes.delete`.
 *
 * Deletes the specified object from the 'Likes' list of the current user.
 *
 * Docs: https://dev.vk.com/method/likes.delete
 */
export interface LikesDeleteParams {
  /**
   * Object type: 'post' - post on user or community wall, 'comment' - comment on a wall post, 'photo' - photo, 'audio' - audio, 'video' - video, 'story' - story, 'note' - note, 'photo_comment' - comment on the photo, 'video_comment' - comment on the video, 'topic_comment' - comment in the discussion, 'sitepage' - page of the site where the [vk.com/dev/Like|Like widget] is installed
   */
  type: LikesType
  /**
   * ID of the user or community that owns the object.
   */
  owner_id?: number
  /**
   * Object ID.
   */
  item_id: number
  /**
   * Access key required for an object owned by a private entity.
   */
  access_key?: string
  /**
   * Impersonate group
   */
  from_group?: boolean | 0 | 1
}
/**
 * Parameters of `likes.getList`.
 *
 * Returns a list of IDs of users who added the specified object to their 'Likes' list.
 *
 * Docs: https://dev.vk.com/method/likes.getList
 */
export interface LikesGetListParams {
  /**
   * , Object type: 'post' - post on user or community wall, 'comment' - comment on a wall post, 'photo' - photo, 'audio' - audio, 'video' - video, 'story' - story, 'note' - note, 'photo_comment' - comment on the photo, 'video_comment' - comment on the video, 'topic_comment' - comment in the discussion, 'sitepage' - page of the site where the [vk.com/dev/Like|Like widget] is installed
   */
  type: LikesType
  /**
   * ID of the user, community, or application that owns the object. If the 'type' parameter is set as 'sitepage', the application ID is passed as 'owner_id'. Use negative value for a community id. If the 'type' parameter is not set, the 'owner_id' is assumed to be either the current user or the same application ID as if the 'type' parameter was set to 'sitepage'.
   */
  owner_id?: number
  /**
   * Object ID. If 'type' is set as 'sitepage', 'item_id' can include the 'page_id' parameter value used during initialization of the [vk.com/dev/Like|Like widget].
   */
  item_id?: number
  /**
   * URL of the page where the [vk.com/dev/Like|Like widget] is installed. Used instead of the 'item_id' parameter.
   */
  page_url?: string
  /**
   * Filters to apply: 'likes' - returns information about all users who liked the object (default), 'copies' - returns information only about users who told their friends about the object
   */
  filter?: "copies" | "likes"
  /**
   * Specifies which users are returned: '1' - to return only the current user's friends, '0' - to return all users (default)
   */
  friends_only?: 0 | 1 | 2 | 3
  /**
   * Specifies whether extended information will be returned. '1' - to return extended information about users and communities from the 'Likes' list, '0' - to return no additional information (default)
   */
  extended?: boolean | 0 | 1
  /**
   * Offset needed to select a specific subset of users.
   */
  offset?: number
  /**
   * Number of user IDs to return (maximum '1000'). Default is '100' if 'friends_only' is set to '0', otherwise, the default is '10' if 'friends_only' is set to '1'.
   */
  count?: number
  skip_own?: boolean | 0 | 1
  fields?: string[]
}
/**
 * Parameters of `likes.isLiked`.
 *
 * Checks for the object in the 'Likes' list of the specified user.
 *
 * Docs: https://dev.vk.com/method/likes.isLiked
 */
export interface LikesIsLikedParams {
  /**
   * User ID.
   */
  user_id?: number
  /**
   * Object type: 'post' - post on user or community wall, 'comment' - comment on a wall post, 'photo' - photo, 'audio' - audio, 'video' - video, 'story' - story, 'note' - note, 'photo_comment' - comment on the photo, 'video_comment' - comment on the video, 'topic_comment' - comment in the discussion
   */
  type: LikesType
  /**
   * ID of the user or community that owns the object.
   */
  owner_id?: number
  /**
   * Object ID.
   */
  item_id: number
}
/**
 * Parameters of `market.add`.
 *
 * Ads a new item to the market.
 *
 * Docs: https://dev.vk.com/method/market.add
 */
export interface MarketAddParams {
  /**
   * ID of an item owner community.
   */
  owner_id: number
  /**
   * Item name.
   */
  name: string
  /**
   * Item description.
   */
  description: string
  /**
   * Item category ID.
   */
  category_id: number
  /**
   * Item price.
   */
  price?: number
  old_price?: number
  /**
   * Item status ('1' - deleted, '0' - not deleted).
   */
  deleted?: boolean | 0 | 1
  /**
   * Cover photo ID.
   */
  main_photo_id?: number
  /**
   * IDs of additional photos.
   */
  photo_ids?: number[]
  /**
   * IDs of additional videos.
   */
  video_ids?: number[]
  /**
   * Url for button in market item.
   */
  url?: string
  /**
   * IDs of properties variants.
   */
  variant_ids?: number[]
  /**
   * Is main in their group.
   */
  is_main_variant?: boolean | 0 | 1
  dimension_width?: number
  dimension_height?: number
  dimension_length?: number
  weight?: number
  sku?: string
  stock_amount?: number
}
/**
 * Parameters of `market.addAlbum`.
 *
 * Creates new collection of items
 *
 * Docs: https://dev.vk.com/method/market.addAlbum
 */
export interface MarketAddAlbumParams {
  /**
   * ID of an item owner community.
   */
  owner_id: number
  /**
   * Collection title.
   */
  title: string
  /**
   * Cover photo ID.
   */
  photo_id?: number
  /**
   * Set as main ('1' - set, '0' - no).
   */
  main_album?: boolean | 0 | 1
  /**
   * Set as hidden
   */
  is_hidden?: boolean | 0 | 1
}
/**
 * Parameters of `market.addProperty`.
 *
 * Adds property
 *
 * Docs: https://dev.vk.com/method/market.addProperty
 */
export interface MarketAddPropertyParams {
  /**
   * Group id.
   */
  group_id: number
  /**
   * Property name.
   */
  title: string
}
/**
 * Parameters of `market.addPropertyVariant`.
 *
 * Adds property variant
 *
 * Docs: https://dev.vk.com/method/market.addPropertyVariant
 */
export interface MarketAddPropertyVariantParams {
  /**
   * Group id.
   */
  group_id: number
  /**
   * Property id.
   */
  property_id: number
  /**
   * Variant name.
   */
  title: string
}
/**
 * Parameters of `market.addToAlbum`.
 *
 * Adds an item to one or multiple collections.
 *
 * Docs: https://dev.vk.com/method/market.addToAlbum
 */
export interface MarketAddToAlbumParams {
  /**
   * ID of an item owner community.
   */
  owner_id: number
  item_ids: number[]
  /**
   * Collections IDs to add item to.
   */
  album_ids: number[]
}
/**
 * Parameters of `market.createComment`.
 *
 * Creates a new comment for an item.
 *
 * Docs: https://dev.vk.com/method/market.createComment
 */
export interface MarketCreateCommentParams {
  /**
   * ID of an item owner community.
   */
  owner_id: number
  /**
   * Item ID.
   */
  item_id: number
  /**
   * Comment text (required if 'attachments' parameter is not specified)
   */
  message?: string
  /**
   * Comma-separated list of objects attached to a comment. The field is submitted the following way: , "'<owner_id>_<media_id>,<owner_id>_<media_id>'", , '' - media attachment type: "'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document", , '<owner_id>' - media owner id, '<media_id>' - media attachment id, , For example: "photo100172_166443618,photo66748_265827614",
   */
  attachments?: string[]
  /**
   * '1' - comment will be published on behalf of a community, '0' - on behalf of a user (by default).
   */
  from_group?: boolean | 0 | 1
  /**
   * ID of a comment to reply with current comment to.
   */
  reply_to_comment?: number
  /**
   * Sticker ID.
   */
  sticker_id?: number
  /**
   * Random value to avoid resending one comment.
   */
  guid?: string
}
/**
 * Parameters of `market.delete`.
 *
 * Deletes an item.
 *
 * Docs: https://dev.vk.com/method/market.delete
 */
export interface MarketDeleteParams {
  /**
   * ID of an item owner community.
   */
  owner_id: number
  /**
   * Item ID.
   */
  item_id: number
}
/**
 * Parameters of `market.deleteAlbum`.
 *
 * Deletes a collection of items.
 *
 * Docs: https://dev.vk.com/method/market.deleteAlbum
 */
export interface MarketDeleteAlbumParams {
  /**
   * ID of an collection owner community.
   */
  owner_id: number
  /**
   * Collection ID.
   */
  album_id: number
}
/**
 * Parameters of `market.deleteComment`.
 *
 * Deletes an item's comment
 *
 * Docs: https://dev.vk.com/method/market.deleteComment
 */
export interface MarketDeleteCommentParams {
  /**
   * identifier of an item owner community, "Note that community id in the 'owner_id' parameter should be negative number. For example 'owner_id'=-1 matches the [vk.com/apiclub|VK API] community "
   */
  owner_id: number
  /**
   * comment id
   */
  comment_id: number
}
/**
 * Parameters of `market.deleteProperty`.
 *
 * Docs: https://dev.vk.com/method/market.deleteProperty
 */
export interface MarketDeletePropertyParams {
  /**
   * Group id.
   */
  group_id: number
  /**
   * Property id.
   */
  property_id: number
}
/**
 * Parameters of `market.deletePropertyVariant`.
 *
 * Docs: https://dev.vk.com/method/market.deletePropertyVariant
 */
export interface MarketDeletePropertyVariantParams {
  /**
   * Group id.
   */
  group_id: number
  /**
   * Variant id.
   */
  variant_id: number
}
/**
 * Parameters of `market.edit`.
 *
 * Edits an item.
 *
 * Docs: https://dev.vk.com/method/market.edit
 */
export interface MarketEditParams {
  /**
   * ID of an item owner community.
   */
  owner_id: number
  /**
   * Item ID.
   */
  item_id: number
  /**
   * Item name.
   */
  name?: string
  /**
   * Item description.
   */
  description?: string
  /**
   * Item category ID.
   */
  category_id?: number
  /**
   * Item price.
   */
  price?: number
  old_price?: number
  /**
   * Item status ('1' - deleted, '0' - not deleted).
   */
  deleted?: boolean | 0 | 1
  /**
   * Cover photo ID.
   */
  main_photo_id?: number
  /**
   * IDs of additional photos.
   */
  photo_ids?: number[]
  /**
   * IDs of additional videos.
   */
  video_ids?: number[]
  /**
   * Url for button in market item.
   */
  url?: string
  /**
   * IDs of properties variants.
   */
  variant_ids?: number[]
  /**
   * Is main in their group.
   */
  is_main_variant?: boolean | 0 | 1
  dimension_width?: number
  dimension_height?: number
  dimension_length?: number
  weight?: number
  sku?: string
  stock_amount?: number
}
/**
 * Parameters of `market.editAlbum`.
 *
 * Edits a collection of items
 *
 * Docs: https://dev.vk.com/method/market.editAlbum
 */
export interface MarketEditAlbumParams {
  /**
   * ID of an collection owner community.
   */
  owner_id: number
  /**
   * Collection ID.
   */
  album_id: number
  /**
   * Collection title.
   */
  title: string
  /**
   * Cover photo id
   */
  photo_id?: number
  /**
   * Set as main ('1' - set, '0' - no).
   */
  main_album?: boolean | 0 | 1
  /**
   * Set as hidden
   */
  is_hidden?: boolean | 0 | 1
}
/**
 * Parameters of `market.editComment`.
 *
 * Chages item comment's text
 *
 * Docs: https://dev.vk.com/method/market.editComment
 */
export interface MarketEditCommentParams {
  /**
   * ID of an item owner community.
   */
  owner_id: number
  /**
   * Comment ID.
   */
  comment_id: number
  /**
   * New comment text (required if 'attachments' are not specified), , 2048 symbols maximum.
   */
  message?: string
  /**
   * Comma-separated list of objects attached to a comment. The field is submitted the following way: , "'<owner_id>_<media_id>,<owner_id>_<media_id>'", , '' - media attachment type: "'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document", , '<owner_id>' - media owner id, '<media_id>' - media attachment id, , For example: "photo100172_166443618,photo66748_265827614",
   */
  attachments?: string[]
}
/**
 * Parameters of `market.editOrder`.
 *
 * Edit order
 *
 * Docs: https://dev.vk.com/method/market.editOrder
 */
export interface MarketEditOrderParams {
  user_id: number
  order_id: number
  merchant_comment?: string
  status?: number
  track_number?: string
  payment_status?: "not_paid" | "paid" | "returned"
  delivery_price?: number
  width?: number
  length?: number
  height?: number
  weight?: number
  comment_for_user?: string
  receipt_link?: string
}
/**
 * Parameters of `market.editProperty`.
 *
 * Adds property
 *
 * Docs: https://dev.vk.com/method/market.editProperty
 */
export interface MarketEditPropertyParams {
  /**
   * Group id.
   */
  group_id: number
  /**
   * Property id.
   */
  property_id: number
  /**
   * Property name
   */
  title: string
}
/**
 * Parameters of `market.editPropertyVariant`.
 *
 * Edit property variant name
 *
 * Docs: https://dev.vk.com/method/market.editPropertyVariant
 */
export interface MarketEditPropertyVariantParams {
  /**
   * Group id.
   */
  group_id: number
  /**
   * Variant id.
   */
  variant_id: number
  /**
   * Variant name.
   */
  title: string
}
/**
 * Parameters of `market.filterCategories`.
 *
 * Returns a filter list of market categories.
 *
 * Docs: https://dev.vk.com/method/market.filterCategories
 */
export interface MarketFilterCategoriesParams {
  /**
   * Category_id filter categories
   */
  category_id?: number
  /**
   * Query filter categories
   */
  query?: string
  /**
   * Number of results to return.
   */
  count?: number
}
/**
 * Parameters of `market.get`.
 *
 * Returns items list for a community.
 *
 * Docs: https://dev.vk.com/method/market.get
 */
export interface MarketGetParams {
  /**
   * ID of an item owner community, "Note that community id in the 'owner_id' parameter should be negative number. For example 'owner_id'=-1 matches the [vk.com/apiclub|VK API] community "
   */
  owner_id: number
  album_id?: number
  /**
   * Number of items to return.
   */
  count?: number
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: number
  /**
   * '1' - method will return additional fields: 'likes, can_comment, car_repost, photos'. These parameters are not returned by default.
   */
  extended?: boolean | 0 | 1
  /**
   * Items update date from (format: yyyy-mm-dd)
   */
  date_from?: string
  /**
   * Items update date to (format: yyyy-mm-dd)
   */
  date_to?: string
  /**
   * Add variants to response if exist
   */
  need_variants?: boolean | 0 | 1
  /**
   * Add disabled items to response
   */
  with_disabled?: boolean | 0 | 1
  fields?: string[]
}
/**
 * Parameters of `market.getAlbumById`.
 *
 * Returns items album's data
 *
 * Docs: https://dev.vk.com/method/market.getAlbumById
 */
export interface MarketGetAlbumByIdParams {
  /**
   * identifier of an album owner community, "Note that community id in the 'owner_id' parameter should be negative number. For example 'owner_id'=-1 matches the [vk.com/apiclub|VK API] community "
   */
  owner_id: number
  /**
   * collections identifiers to obtain data from
   */
  album_ids: number[]
}
/**
 * Parameters of `market.getAlbums`.
 *
 * Returns community's market collections list.
 *
 * Docs: https://dev.vk.com/method/market.getAlbums
 */
export interface MarketGetAlbumsParams {
  /**
   * ID of an items owner community.
   */
  owner_id: number
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: number
  /**
   * Number of items to return.
   */
  count?: number
}
/**
 * Parameters of `market.getById`.
 *
 * Returns information about market items by their ids.
 *
 * Docs: https://dev.vk.com/method/market.getById
 */
export interface MarketGetByIdParams {
  /**
   * Comma-separated ids list: {user id}_{item id}. If an item belongs to a community -{community id} is used. " 'Videos' value example: , '-4363_136089719,13245770_137352259'"
   */
  item_ids: string[]
  /**
   * '1' - to return additional fields: 'likes, can_comment, car_repost, photos'. By default: '0'.
   */
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `market.getCategories`.
 *
 * Returns a list of market categories.
 *
 * Docs: https://dev.vk.com/method/market.getCategories
 */
export interface MarketGetCategoriesParams {
  /**
   * Group Id.
   */
  group_id?: number
  album_id?: number
}
/**
 * Parameters of `market.getComments`.
 *
 * Returns comments list for an item.
 *
 * Docs: https://dev.vk.com/method/market.getComments
 */
export interface MarketGetCommentsParams {
  /**
   * ID of an item owner community
   */
  owner_id: number
  /**
   * Item ID.
   */
  item_id: number
  /**
   * '1' - to return likes info.
   */
  need_likes?: boolean | 0 | 1
  /**
   * ID of a comment to start a list from (details below).
   */
  start_comment_id?: number
  offset?: number
  /**
   * Number of results to return.
   */
  count?: number
  /**
   * Sort order ('asc' - from old to new, 'desc' - from new to old)
   */
  sort?: "asc" | "desc"
  /**
   * '1' - comments will be returned as numbered objects, in addition lists of 'profiles' and 'groups' objects will be returned.
   */
  extended?: boolean | 0 | 1
  /**
   * List of additional profile fields to return. See the [vk.com/dev/fields|details]
   */
  fields?: UsersFields[]
}
/**
 * Parameters of `market.getGroupOrders`.
 *
 * Get market orders
 *
 * Docs: https://dev.vk.com/method/market.getGroupOrders
 */
export interface MarketGetGroupOrdersParams {
  /**
   * ID or groups domain
   */
  group_id?: number | string
  offset?: number
  count?: number
}
/**
 * Parameters of `market.getOrderById`.
 *
 * Get order
 *
 * Docs: https://dev.vk.com/method/market.getOrderById
 */
export interface MarketGetOrderByIdParams {
  user_id?: number
  order_id: number
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `market.getOrderItems`.
 *
 * Get market items in the order
 *
 * Docs: https://dev.vk.com/method/market.getOrderItems
 */
export interface MarketGetOrderItemsParams {
  user_id?: number
  order_id: number
  offset?: number
  count?: number
}
/**
 * Parameters of `market.getOrders`.
 *
 * Docs: https://dev.vk.com/method/market.getOrders
 */
export interface MarketGetOrdersParams {
  offset?: number
  count?: number
  extended?: boolean | 0 | 1
  /**
   * Orders status updated date from (format: yyyy-mm-dd)
   */
  date_from?: string
  /**
   * Orders status updated date to (format: yyyy-mm-dd)
   */
  date_to?: string
}
/**
 * Parameters of `market.getProductPhotoUploadServer`.
 *
 * Returns the server address for market photo upload.
 *
 * Docs: https://dev.vk.com/method/market.getProductPhotoUploadServer
 */
export interface MarketGetProductPhotoUploadServerParams {
  /**
   * Community ID.
   */
  group_id: number
  bulk?: boolean | 0 | 1
}
/**
 * Parameters of `market.getProperties`.
 *
 * Get properties
 *
 * Docs: https://dev.vk.com/method/market.getProperties
 */
export interface MarketGetPropertiesParams {
  group_id: number
}
/**
 * Parameters of `market.groupItems`.
 *
 * Docs: https://dev.vk.com/method/market.groupItems
 */
export interface MarketGroupItemsParams {
  /**
   * Group id.
   */
  group_id: number
  /**
   * Item ids.
   */
  item_ids: number[]
  /**
   * Items group id.
   */
  item_group_id?: number
}
/**
 * Parameters of `market.removeFromAlbum`.
 *
 * Removes an item from one or multiple collections.
 *
 * Docs: https://dev.vk.com/method/market.removeFromAlbum
 */
export interface MarketRemoveFromAlbumParams {
  /**
   * ID of an item owner community.
   */
  owner_id: number
  /**
   * Item ID.
   */
  item_id: number
  /**
   * Collections IDs to remove item from.
   */
  album_ids: number[]
}
/**
 * Parameters of `market.reorderAlbums`.
 *
 * Reorders the collections list.
 *
 * Docs: https://dev.vk.com/method/market.reorderAlbums
 */
export interface MarketReorderAlbumsParams {
  /**
   * ID of an item owner community.
   */
  owner_id: number
  /**
   * Collection ID.
   */
  album_id: number
  /**
   * ID of a collection to place current collection before it.
   */
  before?: number
  /**
   * ID of a collection to place current collection after it.
   */
  after?: number
}
/**
 * Parameters of `market.reorderItems`.
 *
 * Changes item place in a collection.
 *
 * Docs: https://dev.vk.com/method/market.reorderItems
 */
export interface MarketReorderItemsParams {
  /**
   * ID of an item owner community.
   */
  owner_id: number
  /**
   * ID of a collection to reorder items in. Set 0 to reorder full items list.
   */
  album_id?: number
  /**
   * Item ID.
   */
  item_id: number
  /**
   * ID of an item to place current item before it.
   */
  before?: number
  /**
   * ID of an item to place current item after it.
   */
  after?: number
}
/**
 * Parameters of `market.report`.
 *
 * Sends a complaint to the item.
 *
 * Docs: https://dev.vk.com/method/market.report
 */
export interface MarketReportParams {
  /**
   * ID of an item owner community.
   */
  owner_id: number
  /**
   * Item ID.
   */
  item_id: number
  /**
   * Complaint reason. Possible values: *'0' - spam,, *'1' - child porn,, *'2' - extremism,, *'3' - violence,, *'4' - drugs propaganda,, *'5' - adult materials,, *'6' - insult.
   */
  reason?: 0 | 1 | 2 | 3 | 4 | 5 | 6
}
/**
 * Parameters of `market.reportComment`.
 *
 * Sends a complaint to the item's comment.
 *
 * Docs: https://dev.vk.com/method/market.reportComment
 */
export interface MarketReportCommentParams {
  /**
   * ID of an item owner community.
   */
  owner_id: number
  /**
   * Comment ID.
   */
  comment_id: number
  /**
   * Complaint reason. Possible values: *'0' - spam,, *'1' - child porn,, *'2' - extremism,, *'3' - violence,, *'4' - drugs propaganda,, *'5' - adult materials,, *'6' - insult.
   */
  reason: 0 | 1 | 2 | 3 | 4 | 5 | 6
}
/**
 * Parameters of `market.restore`.
 *
 * Restores recently deleted item
 *
 * Docs: https://dev.vk.com/method/market.restore
 */
export interface MarketRestoreParams {
  /**
   * ID of an item owner community.
   */
  owner_id: number
  /**
   * Deleted item ID.
   */
  item_id: number
}
/**
 * Parameters of `market.restoreComment`.
 *
 * Restores a recently deleted comment
 *
 * Docs: https://dev.vk.com/method/market.restoreComment
 */
export interface MarketRestoreCommentParams {
  /**
   * identifier of an item owner community, "Note that community id in the 'owner_id' parameter should be negative number. For example 'owner_id'=-1 matches the [vk.com/apiclub|VK API] community "
   */
  owner_id: number
  /**
   * deleted comment id
   */
  comment_id: number
}
/**
 * Parameters of `market.saveProductPhoto`.
 *
 * Save market photo after upload.
 *
 * Docs: https://dev.vk.com/method/market.saveProductPhoto
 */
export interface MarketSaveProductPhotoParams {
  /**
   * Upload response
   */
  upload_response: string
}
/**
 * Parameters of `market.saveProductPhotoBulk`.
 *
 * Bulk save market photo after upload.
 *
 * Docs: https://dev.vk.com/method/market.saveProductPhotoBulk
 */
export interface MarketSaveProductPhotoBulkParams {
  /**
   * Upload response
   */
  upload_response: string
}
/**
 * Parameters of `market.search`.
 *
 * Searches market items in a community's catalog
 *
 * Docs: https://dev.vk.com/method/market.search
 */
export interface MarketSearchParams {
  /**
   * ID of an items owner community.
   */
  owner_id: number
  album_id?: number
  /**
   * Search query, for example "pink slippers".
   */
  q?: string
  /**
   * Minimum item price value.
   */
  price_from?: number
  /**
   * Maximum item price value.
   */
  price_to?: number
  sort?: 0 | 1 | 2 | 3
  /**
   * '0' - do not use reverse order, '1' - use reverse order
   */
  rev?: 0 | 1
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: number
  /**
   * Number of items to return.
   */
  count?: number
  /**
   * '1' - to return additional fields: 'likes, can_comment, car_repost, photos'. By default: '0'.
   */
  extended?: boolean | 0 | 1
  status?: number[]
  /**
   * Add variants to response if exist
   */
  need_variants?: boolean | 0 | 1
}
/**
 * Parameters of `market.searchItems`.
 *
 * Docs: https://dev.vk.com/method/market.searchItems
 */
export interface MarketSearchItemsParams {
  q: string
  offset?: number
  count?: number
  category_id?: number
  price_from?: number
  price_to?: number
  sort_by?: 1 | 2 | 3
  sort_direction?: 0 | 1
  country?: number
  city?: number
}
/**
 * Parameters of `market.searchItemsBasic`.
 *
 * Docs: https://dev.vk.com/method/market.searchItemsBasic
 */
export interface MarketSearchItemsBasicParams {
  q: string
  offset?: number
  count?: number
  category_id?: number
  price_from?: number
  price_to?: number
  sort_by?: 1 | 2 | 3
  sort_direction?: 0 | 1
  country?: number
  city?: number
  only_my_groups?: boolean | 0 | 1
}
/**
 * Parameters of `market.ungroupItems`.
 *
 * Docs: https://dev.vk.com/method/market.ungroupItems
 */
export interface MarketUngroupItemsParams {
  /**
   * Group id.
   */
  group_id: number
  /**
   * Items group id.
   */
  item_group_id: number
}
/**
 * Parameters of `messages.addChatUser`.
 *
 * Adds a new user to a chat.
 *
 * Docs: https://dev.vk.com/method/messages.addChatUser
 */
export interface MessagesAddChatUserParams {
  /**
   * Chat ID.
   */
  chat_id: number
  /**
   * ID of the user to be added to the chat.
   */
  user_id?: number
  visible_messages_count?: number
}
/**
 * Parameters of `messages.addChatUsers`.
 *
 * Adds new users to a chat.
 *
 * Docs: https://dev.vk.com/method/messages.addChatUsers
 */
export interface MessagesAddChatUsersParams {
  chat_id?: number
  visible_messages_count?: number
}
/**
 * Parameters of `messages.allowMessagesFromGroup`.
 *
 * Allows sending messages from community to the current user.
 *
 * Docs: https://dev.vk.com/method/messages.allowMessagesFromGroup
 */
export interface MessagesAllowMessagesFromGroupParams {
  /**
   * Group ID.
   */
  group_id: number
  key?: string
}
/**
 * Parameters of `messages.createChat`.
 *
 * Creates a chat with several participants.
 *
 * Docs: https://dev.vk.com/method/messages.createChat
 */
export interface MessagesCreateChatParams {
  /**
   * IDs of the users to be added to the chat.
   */
  user_ids?: number[]
  /**
   * Chat title.
   */
  title?: string
  group_id?: number
}
/**
 * Parameters of `messages.delete`.
 *
 * Deletes one or more messages.
 *
 * Docs: https://dev.vk.com/method/messages.delete
 */
export interface MessagesDeleteParams {
  /**
   * Message IDs.
   */
  message_ids?: number[]
  /**
   * '1' - to mark message as spam.
   */
  spam?: boolean | 0 | 1
  /**
   * Reason for spam
   */
  reason?: number
  /**
   * Group ID (for group messages with user access token)
   */
  group_id?: number
  /**
   * '1' - delete message for for all.
   */
  delete_for_all?: boolean | 0 | 1
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'chat_id', e.g. '2000000001'. For community: '- community ID', e.g. '-12345'. "
   */
  peer_id?: number
  /**
   * Conversation message IDs.
   */
  cmids?: number[]
}
/**
 * Parameters of `messages.deleteChatPhoto`.
 *
 * Deletes a chat's cover picture.
 *
 * Docs: https://dev.vk.com/method/messages.deleteChatPhoto
 */
export interface MessagesDeleteChatPhotoParams {
  /**
   * Chat ID.
   */
  chat_id: number
  group_id?: number
}
/**
 * Parameters of `messages.deleteConversation`.
 *
 * Deletes all private messages in a conversation.
 *
 * Docs: https://dev.vk.com/method/messages.deleteConversation
 */
export interface MessagesDeleteConversationParams {
  /**
   * User ID. To clear a chat history use 'chat_id'
   */
  user_id?: number
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'chat_id', e.g. '2000000001'. For community: '- community ID', e.g. '-12345'. "
   */
  peer_id?: number
  /**
   * Group ID (for group messages with user access token)
   */
  group_id?: number
}
/**
 * Parameters of `messages.deleteReaction`.
 *
 * Delete message reaction
 *
 * Docs: https://dev.vk.com/method/messages.deleteReaction
 */
export interface MessagesDeleteReactionParams {
  peer_id: number
  cmid: number
}
/**
 * Parameters of `messages.denyMessagesFromGroup`.
 *
 * Denies sending message from community to the current user.
 *
 * Docs: https://dev.vk.com/method/messages.denyMessagesFromGroup
 */
export interface MessagesDenyMessagesFromGroupParams {
  /**
   * Group ID.
   */
  group_id: number
}
/**
 * Parameters of `messages.edit`.
 *
 * Edits the message.
 *
 * Docs: https://dev.vk.com/method/messages.edit
 */
export interface MessagesEditParams {
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'chat_id', e.g. '2000000001'. For community: '- community ID', e.g. '-12345'. "
   */
  peer_id: number
  /**
   * (Required if 'attachments' is not set.) Text of the message.
   */
  message?: string
  /**
   * Geographical latitude of a check-in, in degrees (from -90 to 90).
   */
  lat?: number
  /**
   * Geographical longitude of a check-in, in degrees (from -180 to 180).
   */
  long?: number
  /**
   * (Required if 'message' is not set.) List of objects attached to the message, separated by commas, in the following format: "<owner_id>_<media_id>", '' - Type of media attachment: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, 'wall' - wall post, '<owner_id>' - ID of the media attachment owner. '<media_id>' - media attachment ID. Example: "photo100172_166443618"
   */
  attachment?: string
  /**
   * '1' - to keep forwarded, messages.
   */
  keep_forward_messages?: boolean | 0 | 1
  /**
   * '1' - to keep attached snippets.
   */
  keep_snippets?: boolean | 0 | 1
  /**
   * Group ID (for group messages with user access token)
   */
  group_id?: number
  dont_parse_links?: boolean | 0 | 1
  disable_mentions?: boolean | 0 | 1
  message_id?: number
  cmid?: number
  /**
   * Message template (a carousel) as JSON
   */
  template?: MessagesTemplate | string
  /**
   * Keyboard as JSON
   */
  keyboard?: MessagesKeyboard | string
}
/**
 * Parameters of `messages.editChat`.
 *
 * Edits the title of a chat.
 *
 * Docs: https://dev.vk.com/method/messages.editChat
 */
export interface MessagesEditChatParams {
  /**
   * Chat ID.
   */
  chat_id: number
  /**
   * New title of the chat.
   */
  title?: string
}
/**
 * Parameters of `messages.getByConversationMessageId`.
 *
 * Returns messages by their IDs within the conversation.
 *
 * Docs: https://dev.vk.com/method/messages.getByConversationMessageId
 */
export interface MessagesGetByConversationMessageIdParams {
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'chat_id', e.g. '2000000001'. For community: '- community ID', e.g. '-12345'. "
   */
  peer_id: number
  /**
   * Conversation message IDs.
   */
  conversation_message_ids: number[]
  /**
   * Information whether the response should be extended
   */
  extended?: boolean | 0 | 1
  /**
   * Profile fields to return.
   */
  fields?: UsersFields[]
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: number
}
/**
 * Parameters of `messages.getById`.
 *
 * Returns messages by their IDs.
 *
 * Docs: https://dev.vk.com/method/messages.getById
 */
export interface MessagesGetByIdParams {
  /**
   * Message IDs.
   */
  message_ids?: number[]
  /**
   * Number of characters after which to truncate a previewed message. To preview the full message, specify '0'. "NOTE: Messages are not truncated by default. Messages are truncated by words."
   */
  preview_length?: number
  /**
   * Information whether the response should be extended
   */
  extended?: boolean | 0 | 1
  /**
   * Profile fields to return.
   */
  fields?: UsersFields[]
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: number
  cmids?: number[]
  peer_id?: number
}
/**
 * Parameters of `messages.getChat`.
 *
 * Returns information about a chat.
 *
 * Docs: https://dev.vk.com/method/messages.getChat
 */
export interface MessagesGetChatParams {
  /**
   * Chat ID.
   */
  chat_id?: number
  /**
   * Chat IDs.
   */
  chat_ids?: number[]
  /**
   * Profile fields to return.
   */
  fields?: UsersFields[]
  /**
   * Case for declension of user name and surname: 'nom' - nominative (default), 'gen' - genitive , 'dat' - dative, 'acc' - accusative , 'ins' - instrumental , 'abl' - prepositional
   */
  name_case?: BaseNameCase
}
/**
 * Parameters of `messages.getChatPreview`.
 *
 * Docs: https://dev.vk.com/method/messages.getChatPreview
 */
export interface MessagesGetChatPreviewParams {
  peer_id?: number
  /**
   * Invitation link.
   */
  link?: string
  /**
   * Profile fields to return.
   */
  fields?: UsersFields[]
}
/**
 * Parameters of `messages.getConversationMembers`.
 *
 * Returns a list of IDs of users participating in a chat.
 *
 * Docs: https://dev.vk.com/method/messages.getConversationMembers
 */
export interface MessagesGetConversationMembersParams {
  /**
   * Peer ID.
   */
  peer_id: number
  offset?: number
  count?: number
  /**
   * Extended flag
   */
  extended?: boolean | 0 | 1
  /**
   * Profile fields to return.
   */
  fields?: UsersFields[]
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: number
  member_ids?: number[]
}
/**
 * Parameters of `messages.getConversations`.
 *
 * Returns a list of the current user's conversations.
 *
 * Docs: https://dev.vk.com/method/messages.getConversations
 */
export interface MessagesGetConversationsParams {
  /**
   * Offset needed to return a specific subset of conversations.
   */
  offset?: number
  /**
   * Number of conversations to return.
   */
  count?: number
  /**
   * Filter to apply: 'all' - all conversations, 'unread' - conversations with unread messages, 'important' - conversations, marked as important (only for community messages), 'unanswered' - conversations, marked as unanswered (only for community messages)
   */
  filter?: "all" | "archive" | "important" | "sorted_chats" | "unanswered" | "unread"
  /**
   * '1' - return extra information about users and communities
   */
  extended?: boolean | 0 | 1
  /**
   * ID of the message from what to return dialogs.
   */
  start_message_id?: number
  /**
   * Profile and communities fields to return.
   */
  fields?: BaseUserGroupFields[]
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: number
}
/**
 * Parameters of `messages.getConversationsById`.
 *
 * Returns conversations by their IDs
 *
 * Docs: https://dev.vk.com/method/messages.getConversationsById
 */
export interface MessagesGetConversationsByIdParams {
  /**
   * Destination IDs. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'chat_id', e.g. '2000000001'. For community: '- community ID', e.g. '-12345'. "
   */
  peer_ids: number[]
  /**
   * Return extended properties
   */
  extended?: boolean | 0 | 1
  /**
   * Profile and communities fields to return.
   */
  fields?: BaseUserGroupFields[]
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: number
}
/**
 * Parameters of `messages.getHistory`.
 *
 * Returns message history for the specified user or group chat.
 *
 * Docs: https://dev.vk.com/method/messages.getHistory
 */
export interface MessagesGetHistoryParams {
  /**
   * Offset needed to return a specific subset of messages.
   */
  offset?: number
  /**
   * Number of messages to return.
   */
  count?: number
  /**
   * ID of the user whose message history you want to return.
   */
  user_id?: number
  peer_id?: number
  /**
   * Starting message ID from which to return history.
   */
  start_message_id?: number
  /**
   * Sort order: '1' - return messages in chronological order. '0' - return messages in reverse chronological order.
   */
  rev?: 1 | 0
  /**
   * Information whether the response should be extended
   */
  extended?: boolean | 0 | 1
  /**
   * Profile fields to return.
   */
  fields?: UsersFields[]
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: number
}
/**
 * Parameters of `messages.getHistoryAttachments`.
 *
 * Returns media files from the dialog or group chat.
 *
 * Docs: https://dev.vk.com/method/messages.getHistoryAttachments
 */
export interface MessagesGetHistoryAttachmentsParams {
  attachment_types?: ("app_action_games" | "app_action_mini_apps" | "audio" | "audio_message" | "clip" | "doc" | "graffiti" | "link" | "market" | "photo" | "share" | "video" | "wall")[]
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: number
  /**
   * Peer ID. ", For group chat: '2000000000 + chat ID' , , For community: '-community ID'"
   */
  peer_id?: number
  cmid?: number
  attachment_position?: number
  offset?: number
  /**
   * Number of objects to return.
   */
  count?: number
  extended?: boolean | 0 | 1
  /**
   * Additional profile [vk.com/dev/fields|fields] to return.
   */
  fields?: UsersFields[]
  max_forwards_level?: number
  message_video?: boolean | 0 | 1
  /**
   * Type of media files to return: *'photo',, *'video',, *'audio',, *'doc',, *'link'.,*'market'.,*'wall'.,*'share'
   */
  media_type?: "app_action_games" | "app_action_mini_apps" | "audio" | "audio_message" | "clip" | "doc" | "graffiti" | "link" | "market" | "photo" | "share" | "video" | "wall"
  /**
   * Message ID to start return results from.
   */
  start_from?: string
  preserve_order?: boolean | 0 | 1
  /**
   * '1' - to return photo sizes in a
   */
  photo_sizes?: boolean | 0 | 1
}
/**
 * Parameters of `messages.getImportantMessages`.
 *
 * Returns a list of user's important messages.
 *
 * Docs: https://dev.vk.com/method/messages.getImportantMessages
 */
export interface MessagesGetImportantMessagesParams {
  /**
   * Amount of needed important messages.
   */
  count?: number
  offset?: number
  start_message_id?: number
  /**
   * Maximum length of messages body.
   */
  preview_length?: number
  /**
   * Actors fields to return.
   */
  fields?: BaseUserGroupFields[]
  /**
   * Return extended properties
   */
  extended?: boolean | 0 | 1
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: number
}
/**
 * Parameters of `messages.getIntentUsers`.
 *
 * Docs: https://dev.vk.com/method/messages.getIntentUsers
 */
export interface MessagesGetIntentUsersParams {
  intent: "confirmed_notification" | "non_promo_newsletter" | "promo_newsletter"
  subscribe_id?: number
  offset?: number
  count?: number
  extended?: boolean | 0 | 1
  name_case?: BaseNameCase
  fields?: string[]
}
/**
 * Parameters of `messages.getInviteLink`.
 *
 * Docs: https://dev.vk.com/method/messages.getInviteLink
 */
export interface MessagesGetInviteLinkParams {
  /**
   * Destination ID.
   */
  peer_id: number
  /**
   * 1 - to generate new link (revoke previous), 0 - to return previous link.
   */
  reset?: boolean | 0 | 1
  /**
   * Group ID
   */
  group_id?: number
}
/**
 * Parameters of `messages.getLastActivity`.
 *
 * Returns a user's current status and date of last activity.
 *
 * Docs: https://dev.vk.com/method/messages.getLastActivity
 */
export interface MessagesGetLastActivityParams {
  /**
   * User ID.
   */
  user_id: number
}
/**
 * Parameters of `messages.getLongPollHistory`.
 *
 * Returns updates in user's private messages.
 *
 * Docs: https://dev.vk.com/method/messages.getLongPollHistory
 */
export interface MessagesGetLongPollHistoryParams {
  /**
   * Last value of the 'ts' parameter returned from the Long Poll server or by using [vk.com/dev/messages.getLongPollHistory|messages.getLongPollHistory] method.
   */
  ts?: number
  /**
   * Last value of 'pts' parameter returned from the Long Poll server or by using [vk.com/dev/messages.getLongPollHistory|messages.getLongPollHistory] method.
   */
  pts?: number
  /**
   * Number of characters after which to truncate a previewed message. To preview the full message, specify '0'. "NOTE: Messages are not truncated by default. Messages are truncated by words."
   */
  preview_length?: number
  /**
   * '1' - to return history with online users only.
   */
  onlines?: boolean | 0 | 1
  /**
   * Additional profile [vk.com/dev/fields|fields] to return.
   */
  fields?: UsersFields[]
  /**
   * Maximum number of events to return.
   */
  events_limit?: number
  /**
   * Maximum number of messages to return.
   */
  msgs_limit?: number
  /**
   * Maximum ID of the message among existing ones in the local copy. Both messages received with API methods (for example, , ), and data received from a Long Poll server (events with code 4) are taken into account.
   */
  max_msg_id?: number
  /**
   * Group ID (for group messages with user access token)
   */
  group_id?: number
  lp_version?: number
  last_n?: number
  credentials?: boolean | 0 | 1
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `messages.getLongPollServer`.
 *
 * Returns data required for connection to a Long Poll server.
 *
 * Docs: https://dev.vk.com/method/messages.getLongPollServer
 */
export interface MessagesGetLongPollServerParams {
  /**
   * '1' - to return the 'pts' field, needed for the [vk.com/dev/messages.getLongPollHistory|messages.getLongPollHistory] method.
   */
  need_pts?: boolean | 0 | 1
  /**
   * Group ID (for group messages with user access token)
   */
  group_id?: number
  /**
   * Long poll version
   */
  lp_version?: number
}
/**
 * Parameters of `messages.getMessagesReactions`.
 *
 * Get reaction counters for message
 *
 * Docs: https://dev.vk.com/method/messages.getMessagesReactions
 */
export interface MessagesGetMessagesReactionsParams {
  peer_id: number
  cmids: number[]
}
/**
 * Parameters of `messages.getReactedPeers`.
 *
 * Get reacted users and counters for message
 *
 * Docs: https://dev.vk.com/method/messages.getReactedPeers
 */
export interface MessagesGetReactedPeersParams {
  peer_id: number
  cmid: number
  reaction_id?: number
}
/**
 * Parameters of `messages.getReactionsAssets`.
 *
 * Get assets to display message reactions
 *
 * Docs: https://dev.vk.com/method/messages.getReactionsAssets
 */
export interface MessagesGetReactionsAssetsParams {
  client_version?: number
}
/**
 * Parameters of `messages.isMessagesFromGroupAllowed`.
 *
 * Returns information whether sending messages from the community to current user is allowed.
 *
 * Docs: https://dev.vk.com/method/messages.isMessagesFromGroupAllowed
 */
export interface MessagesIsMessagesFromGroupAllowedParams {
  /**
   * Group ID.
   */
  group_id: number
  /**
   * User ID.
   */
  user_id: number
}
/**
 * Parameters of `messages.joinChatByInviteLink`.
 *
 * Docs: https://dev.vk.com/method/messages.joinChatByInviteLink
 */
export interface MessagesJoinChatByInviteLinkParams {
  /**
   * Invitation link.
   */
  link: string
}
/**
 * Parameters of `messages.markAsAnsweredConversation`.
 *
 * Marks and unmarks conversations as unanswered.
 *
 * Docs: https://dev.vk.com/method/messages.markAsAnsweredConversation
 */
export interface MessagesMarkAsAnsweredConversationParams {
  /**
   * ID of conversation to mark as important.
   */
  peer_id: number
  /**
   * '1' - to mark as answered, '0' - to remove the mark
   */
  answered?: boolean | 0 | 1
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: number
}
/**
 * Parameters of `messages.markAsImportant`.
 *
 * Marks and unmarks messages as important (starred).
 *
 * Docs: https://dev.vk.com/method/messages.markAsImportant
 */
export interface MessagesMarkAsImportantParams {
  /**
   * IDs of messages to mark as important.
   */
  message_ids?: number[]
  /**
   * '1' - to add a star (mark as important), '0' - to remove the star
   */
  important?: number
}
/**
 * Parameters of `messages.markAsImportantConversation`.
 *
 * Marks and unmarks conversations as important.
 *
 * Docs: https://dev.vk.com/method/messages.markAsImportantConversation
 */
export interface MessagesMarkAsImportantConversationParams {
  /**
   * ID of conversation to mark as important.
   */
  peer_id: number
  /**
   * '1' - to add a star (mark as important), '0' - to remove the star
   */
  important?: boolean | 0 | 1
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: number
}
/**
 * Parameters of `messages.markAsRead`.
 *
 * Marks messages as read.
 *
 * Docs: https://dev.vk.com/method/messages.markAsRead
 */
export interface MessagesMarkAsReadParams {
  /**
   * IDs of messages to mark as read.
   */
  message_ids?: number[]
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'chat_id', e.g. '2000000001'. For community: '- community ID', e.g. '-12345'. "
   */
  peer_id?: number
  /**
   * Message ID to start from.
   */
  start_message_id?: number
  /**
   * Group ID (for group messages with user access token)
   */
  group_id?: number
  mark_conversation_as_read?: boolean | 0 | 1
  up_to_cmid?: number
}
/**
 * Parameters of `messages.markReactionsAsRead`.
 *
 * Mark messages reactions as read
 *
 * Docs: https://dev.vk.com/method/messages.markReactionsAsRead
 */
export interface MessagesMarkReactionsAsReadParams {
  peer_id: number
  cmids?: number[]
}
/**
 * Parameters of `messages.muteChatMentions`.
 *
 * Docs: https://dev.vk.com/method/messages.muteChatMentions
 */
export interface MessagesMuteChatMentionsParams {
  /**
   * Chat id
   */
  peer_id: number
  mention_status: "all" | "allOnline" | "none"
}
/**
 * Parameters of `messages.pin`.
 *
 * Pin a message.
 *
 * Docs: https://dev.vk.com/method/messages.pin
 */
export interface MessagesPinParams {
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'Chat ID', e.g. '2000000001'. For community: '- Community ID', e.g. '-12345'. "
   */
  peer_id: number
  /**
   * Message ID
   */
  message_id?: number
  /**
   * Conversation message ID
   */
  cmid?: number
}
/**
 * Parameters of `messages.removeChatUser`.
 *
 * Allows the current user to leave a chat or, if the current user started the chat, allows the user to remove another user from the chat.
 *
 * Docs: https://dev.vk.com/method/messages.removeChatUser
 */
export interface MessagesRemoveChatUserParams {
  /**
   * Chat ID.
   */
  chat_id: number
  /**
   * ID of the user to be removed from the chat.
   */
  user_id?: number
  member_id?: number
}
/**
 * Parameters of `messages.restore`.
 *
 * Restores a deleted message.
 *
 * Docs: https://dev.vk.com/method/messages.restore
 */
export interface MessagesRestoreParams {
  /**
   * ID of a previously-deleted message to restore.
   */
  message_id?: number
  /**
   * Group ID (for group messages with user access token)
   */
  group_id?: number
  cmid?: number
  /**
   * Destination ID.
   */
  peer_id?: number
}
/**
 * Parameters of `messages.search`.
 *
 * Returns a list of the current user's private messages that match search criteria.
 *
 * Docs: https://dev.vk.com/method/messages.search
 */
export interface MessagesSearchParams {
  /**
   * Search query string.
   */
  q?: string
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'chat_id', e.g. '2000000001'. For community: '- community ID', e.g. '-12345'. "
   */
  peer_id?: number
  /**
   * Date to search message before in Unixtime.
   */
  date?: number
  /**
   * Number of characters after which to truncate a previewed message. To preview the full message, specify '0'. "NOTE: Messages are not truncated by default. Messages are truncated by words."
   */
  preview_length?: number
  /**
   * Offset needed to return a specific subset of messages.
   */
  offset?: number
  /**
   * Number of messages to return.
   */
  count?: number
  extended?: boolean | 0 | 1
  fields?: string[]
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: number
}
/**
 * Parameters of `messages.searchConversations`.
 *
 * Returns a list of the current user's conversations that match search criteria.
 *
 * Docs: https://dev.vk.com/method/messages.searchConversations
 */
export interface MessagesSearchConversationsParams {
  /**
   * Search query string.
   */
  q?: string
  /**
   * Maximum number of results.
   */
  count?: number
  /**
   * '1' - return extra information about users and communities
   */
  extended?: boolean | 0 | 1
  /**
   * Profile fields to return.
   */
  fields?: UsersFields[]
  /**
   * Group ID (for group messages with user access token)
   */
  group_id?: number
}
/**
 * Parameters of `messages.send`.
 *
 * Sends a message.
 *
 * Docs: https://dev.vk.com/method/messages.send
 */
export interface MessagesSendParams {
  /**
   * User ID (by default - current user).
   */
  user_id?: number
  /**
   * Unique identifier to avoid resending the message.
   */
  random_id: number
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'chat_id', e.g. '2000000001'. For community: '- community ID', e.g. '-12345'. "
   */
  peer_id?: number
  /**
   * IDs of message recipients. (See peer_id)
   */
  peer_ids?: number[]
  /**
   * User's short address (for example, 'illarionov').
   */
  domain?: string
  /**
   * ID of conversation the message will relate to.
   */
  chat_id?: number
  /**
   * (Required if 'attachments' is not set.) Text of the message.
   */
  message?: string
  /**
   * Geographical latitude of a check-in, in degrees (from -90 to 90).
   */
  lat?: number
  /**
   * Geographical longitude of a check-in, in degrees (from -180 to 180).
   */
  long?: number
  /**
   * (Required if 'message' is not set.) List of objects attached to the message, separated by commas, in the following format: "<owner_id>_<media_id>", '' - Type of media attachment: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, 'wall' - wall post, '<owner_id>' - ID of the media attachment owner. '<media_id>' - media attachment ID. Example: "photo100172_166443618"
   */
  attachment?: string
  reply_to?: number
  /**
   * ID of forwarded messages, separated with a comma. Listed messages of the sender will be shown in the message body at the recipient's. Example: "123,431,544"
   */
  forward_messages?: number[]
  /**
   * JSON describing the forwarded message or reply
   */
  forward?: MessagesForward | string
  /**
   * Sticker id.
   */
  sticker_id?: number
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: number
  keyboard?: MessagesKeyboard | string
  /**
   * Message template (a carousel) as JSON; the message text is required with it
   */
  template?: MessagesTemplate | string
  payload?: string
  /**
   * JSON describing the content source in the message
   */
  content_source?: string
  dont_parse_links?: boolean | 0 | 1
  disable_mentions?: boolean | 0 | 1
  intent?: "account_update" | "bot_ad_invite" | "bot_ad_promo" | "confirmed_notification" | "customer_support" | "default" | "finance_notification" | "game_notification" | "moderated_newsletter" | "non_promo_newsletter" | "promo_newsletter" | "purchase_update"
  subscribe_id?: number
}
/**
 * Parameters of `messages.sendMessageEventAnswer`.
 *
 * Docs: https://dev.vk.com/method/messages.sendMessageEventAnswer
 */
export interface MessagesSendMessageEventAnswerParams {
  event_id: string
  user_id: number
  peer_id: number
  /**
   * The action shown to the user who pressed the callback button, as JSON
   */
  event_data?: MessagesEventData | string
}
/**
 * Parameters of `messages.sendReaction`.
 *
 * Send message reaction
 *
 * Docs: https://dev.vk.com/method/messages.sendReaction
 */
export interface MessagesSendReactionParams {
  peer_id: number
  cmid: number
  reaction_id: number
}
/**
 * Parameters of `messages.setActivity`.
 *
 * Changes the status of a user as typing in a conversation.
 *
 * Docs: https://dev.vk.com/method/messages.setActivity
 */
export interface MessagesSetActivityParams {
  /**
   * User ID.
   */
  user_id?: number
  /**
   * 'typing' - user has started to type.
   */
  type?: "audiomessage" | "file" | "photo" | "typing" | "video"
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'chat_id', e.g. '2000000001'. For community: '- community ID', e.g. '-12345'. "
   */
  peer_id?: number
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: number
}
/**
 * Parameters of `messages.setChatPhoto`.
 *
 * Sets a previously-uploaded picture as the cover picture of a chat.
 *
 * Docs: https://dev.vk.com/method/messages.setChatPhoto
 */
export interface MessagesSetChatPhotoParams {
  /**
   * Upload URL from the 'response' field returned by the [vk.com/dev/photos.getChatUploadServer|photos.getChatUploadServer] method upon successfully uploading an image.
   */
  file: string
}
/**
 * Parameters of `messages.unpin`.
 *
 * Docs: https://dev.vk.com/method/messages.unpin
 */
export interface MessagesUnpinParams {
  peer_id: number
  group_id?: number
}
/**
 * Parameters of `newsfeed.addBan`.
 *
 * Prevents news from specified users and communities from appearing in the current user's newsfeed.
 *
 * Docs: https://dev.vk.com/method/newsfeed.addBan
 */
export interface NewsfeedAddBanParams {
  user_ids?: number[]
  group_ids?: number[]
}
/**
 * Parameters of `newsfeed.deleteBan`.
 *
 * Allows news from previously banned users and communities to be shown in the current user's newsfeed.
 *
 * Docs: https://dev.vk.com/method/newsfeed.deleteBan
 */
export interface NewsfeedDeleteBanParams {
  user_ids?: number[]
  group_ids?: number[]
}
/**
 * Parameters of `newsfeed.deleteList`.
 *
 * Docs: https://dev.vk.com/method/newsfeed.deleteList
 */
export interface NewsfeedDeleteListParams {
  list_id: number
}
/**
 * Parameters of `newsfeed.get`.
 *
 * Returns data required to show newsfeed for the current user.
 *
 * Docs: https://dev.vk.com/method/newsfeed.get
 */
export interface NewsfeedGetParams {
  /**
   * Filters to apply: 'post' - new wall posts, 'photo' - new photos, 'photo_tag' - new photo tags, 'wall_photo' - new wall photos, 'friend' - new friends
   */
  filters?: NewsfeedNewsfeedItemType[]
  /**
   * '1' - to return news items from banned sources
   */
  return_banned?: boolean | 0 | 1
  /**
   * Earliest timestamp (in Unix time) of a news item to return. By default, 24 hours ago.
   */
  start_time?: number
  /**
   * Latest timestamp (in Unix time) of a news item to return. By default, the current time.
   */
  end_time?: number
  /**
   * Maximum number of photos to return. By default, '5'.
   */
  max_photos?: number
  /**
   * Sources to obtain news from, separated by commas. User IDs can be specified in formats '' or 'u' , where '' is the user's friend ID. Community IDs can be specified in formats '-' or 'g' , where '' is the community ID. If the parameter is not set, all of the user's friends and communities are returned, except for banned sources, which can be obtained with the [vk.com/dev/newsfeed.getBanned|newsfeed.getBanned] method.
   */
  source_ids?: string
  /**
   * identifier required to get the next page of results. Value for this parameter is returned in 'next_from' field in a reply.
   */
  start_from?: string
  /**
   * Number of news items to return (default 50, maximum 100). For auto feed, you can use the 'new_offset' parameter returned by this method.
   */
  count?: number
  /**
   * Additional fields of [vk.com/dev/fields|profiles] and [vk.com/dev/fields_groups|communities] to return.
   */
  fields?: BaseUserGroupFields[]
  section?: string
}
/**
 * Parameters of `newsfeed.getBanned`.
 *
 * Returns a list of users and communities banned from the current user's newsfeed.
 *
 * Docs: https://dev.vk.com/method/newsfeed.getBanned
 */
export interface NewsfeedGetBannedParams {
  /**
   * '1' - return extra information about users and communities
   */
  extended?: boolean | 0 | 1
  /**
   * Profile fields to return.
   */
  fields?: UsersFields[]
  /**
   * Case for declension of user name and surname: 'nom' - nominative (default), 'gen' - genitive , 'dat' - dative, 'acc' - accusative , 'ins' - instrumental , 'abl' - prepositional
   */
  name_case?: BaseNameCase
}
/**
 * Parameters of `newsfeed.getComments`.
 *
 * Returns a list of comments in the current user's newsfeed.
 *
 * Docs: https://dev.vk.com/method/newsfeed.getComments
 */
export interface NewsfeedGetCommentsParams {
  /**
   * Number of comments to return. For auto feed, you can use the 'new_offset' parameter returned by this method.
   */
  count?: number
  /**
   * Filters to apply: 'post' - new comments on wall posts, 'photo' - new comments on photos, 'video' - new comments on videos, 'topic' - new comments on discussions, 'note' - new comments on notes,
   */
  filters?: NewsfeedCommentsFilters[]
  /**
   * Object ID, comments on repost of which shall be returned, e.g. 'wall1_45486'. (If the parameter is set, the 'filters' parameter is optional.),
   */
  reposts?: string
  /**
   * Earliest timestamp (in Unix time) of a comment to return. By default, 24 hours ago.
   */
  start_time?: number
  /**
   * Latest timestamp (in Unix time) of a comment to return. By default, the current time.
   */
  end_time?: number
  last_comments_count?: number
  /**
   * Identificator needed to return the next page with results. Value for this parameter returns in 'next_from' field.
   */
  start_from?: string
  /**
   * Additional fields of [vk.com/dev/fields|profiles] and [vk.com/dev/fields_groups|communities] to return.
   */
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `newsfeed.getLists`.
 *
 * Returns a list of newsfeeds followed by the current user.
 *
 * Docs: https://dev.vk.com/method/newsfeed.getLists
 */
export interface NewsfeedGetListsParams {
  /**
   * numeric list identifiers.
   */
  list_ids?: number[]
  /**
   * Return additional list info
   */
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `newsfeed.getMentions`.
 *
 * Returns a list of posts on user walls in which the current user is mentioned.
 *
 * Docs: https://dev.vk.com/method/newsfeed.getMentions
 */
export interface NewsfeedGetMentionsParams {
  /**
   * Owner ID.
   */
  owner_id?: number
  /**
   * Earliest timestamp (in Unix time) of a post to return. By default, 24 hours ago.
   */
  start_time?: number
  /**
   * Latest timestamp (in Unix time) of a post to return. By default, the current time.
   */
  end_time?: number
  /**
   * Offset needed to return a specific subset of posts.
   */
  offset?: number
  /**
   * Number of posts to return.
   */
  count?: number
}
/**
 * Parameters of `newsfeed.getRecommended`.
 *
 * , Returns a list of newsfeeds recommended to the current user.
 *
 * Docs: https://dev.vk.com/method/newsfeed.getRecommended
 */
export interface NewsfeedGetRecommendedParams {
  /**
   * Earliest timestamp (in Unix time) of a news item to return. By default, 24 hours ago.
   */
  start_time?: number
  /**
   * Latest timestamp (in Unix time) of a news item to return. By default, the current time.
   */
  end_time?: number
  /**
   * Maximum number of photos to return. By default, '5'.
   */
  max_photos?: number
  /**
   * 'new_from' value obtained in previous call.
   */
  start_from?: string
  /**
   * Number of news items to return.
   */
  count?: number
  /**
   * Additional fields of [vk.com/dev/fields|profiles] and [vk.com/dev/fields_groups|communities] to return.
   */
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `newsfeed.getSuggestedSources`.
 *
 * Returns communities and users that current user is suggested to follow.
 *
 * Docs: https://dev.vk.com/method/newsfeed.getSuggestedSources
 */
export interface NewsfeedGetSuggestedSourcesParams {
  /**
   * offset required to choose a particular subset of communities or users.
   */
  offset?: number
  /**
   * amount of communities or users to return.
   */
  count?: number
  /**
   * shuffle the returned list or not.
   */
  shuffle?: boolean | 0 | 1
  /**
   * list of extra fields to be returned. See available fields for [vk.com/dev/fields|users] and [vk.com/dev/fields_groups|communities].
   */
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `newsfeed.ignoreItem`.
 *
 * Hides an item from the newsfeed.
 *
 * Docs: https://dev.vk.com/method/newsfeed.ignoreItem
 */
export interface NewsfeedIgnoreItemParams {
  /**
   * Item type. Possible values: *'wall' - post on the wall,, *'tag' - tag on a photo,, *'profilephoto' - profile photo,, *'video' - video,, *'audio' - audio.
   */
  type: NewsfeedIgnoreItemType
  /**
   * Item owner's identifier (user or community), "Note that community id must be negative. 'owner_id=1' - user , 'owner_id=-1' - community "
   */
  owner_id?: number
  /**
   * Item identifier
   */
  item_id?: number
}
/**
 * Parameters of `newsfeed.saveList`.
 *
 * Creates and edits user newsfeed lists
 *
 * Docs: https://dev.vk.com/method/newsfeed.saveList
 */
export interface NewsfeedSaveListParams {
  /**
   * numeric list identifier (if not sent, will be set automatically).
   */
  list_id?: number
  /**
   * list name.
   */
  title: string
  /**
   * users and communities identifiers to be added to the list. Community identifiers must be negative numbers.
   */
  source_ids: number[]
  /**
   * reposts display on and off ('1' is for off).
   */
  no_reposts?: boolean | 0 | 1
}
/**
 * Parameters of `newsfeed.search`.
 *
 * Returns search results by statuses.
 *
 * Docs: https://dev.vk.com/method/newsfeed.search
 */
export interface NewsfeedSearchParams {
  /**
   * Search query string (e.g., 'New Year').
   */
  q?: string
  /**
   * '1' - to return additional information about the user or community that placed the post.
   */
  extended?: boolean | 0 | 1
  /**
   * Number of posts to return.
   */
  count?: number
  /**
   * Geographical latitude point (in degrees, -90 to 90) within which to search.
   */
  latitude?: number
  /**
   * Geographical longitude point (in degrees, -180 to 180) within which to search.
   */
  longitude?: number
  /**
   * Earliest timestamp (in Unix time) of a news item to return. By default, 24 hours ago.
   */
  start_time?: number
  /**
   * Latest timestamp (in Unix time) of a news item to return. By default, the current time.
   */
  end_time?: number
  start_from?: string
  /**
   * Additional fields of [vk.com/dev/fields|profiles] and [vk.com/dev/fields_groups|communities] to return.
   */
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `newsfeed.unignoreItem`.
 *
 * Returns a hidden item to the newsfeed.
 *
 * Docs: https://dev.vk.com/method/newsfeed.unignoreItem
 */
export interface NewsfeedUnignoreItemParams {
  /**
   * Item type. Possible values: *'wall' - post on the wall,, *'tag' - tag on a photo,, *'profilephoto' - profile photo,, *'video' - video,, *'audio' - audio.
   */
  type: NewsfeedIgnoreItemType
  /**
   * Item owner's identifier (user or community), "Note that community id must be negative. 'owner_id=1' - user , 'owner_id=-1' - community "
   */
  owner_id?: number
  /**
   * Item identifier
   */
  item_id?: number
  /**
   * Track code of unignored item
   */
  track_code?: string
}
/**
 * Parameters of `newsfeed.unsubscribe`.
 *
 * Unsubscribes the current user from specified newsfeeds.
 *
 * Docs: https://dev.vk.com/method/newsfeed.unsubscribe
 */
export interface NewsfeedUnsubscribeParams {
  /**
   * Type of object from which to unsubscribe: 'note' - note, 'photo' - photo, 'post' - post on user wall or community wall, 'topic' - topic, 'video' - video
   */
  type: "clip" | "market" | "note" | "photo" | "post" | "topic" | "video"
  /**
   * Object owner ID.
   */
  owner_id?: number
  /**
   * Object ID.
   */
  item_id: number
}
/**
 * Parameters of `notes.add`.
 *
 * Creates a new note for the current user.
 *
 * Docs: https://dev.vk.com/method/notes.add
 */
export interface NotesAddParams {
  /**
   * Note title.
   */
  title: string
  /**
   * Note text.
   */
  text: string
  privacy_view?: string[]
  privacy_comment?: string[]
}
/**
 * Parameters of `notes.createComment`.
 *
 * Adds a new comment on a note.
 *
 * Docs: https://dev.vk.com/method/notes.createComment
 */
export interface NotesCreateCommentParams {
  /**
   * Note ID.
   */
  note_id: number
  /**
   * Note owner ID.
   */
  owner_id?: number
  /**
   * ID of the user to whom the reply is addressed (if the comment is a reply to another comment).
   */
  reply_to?: number
  /**
   * Comment text.
   */
  message: string
  guid?: string
}
/**
 * Parameters of `notes.delete`.
 *
 * Deletes a note of the current user.
 *
 * Docs: https://dev.vk.com/method/notes.delete
 */
export interface NotesDeleteParams {
  /**
   * Note ID.
   */
  note_id: number
}
/**
 * Parameters of `notes.deleteComment`.
 *
 * Deletes a comment on a note.
 *
 * Docs: https://dev.vk.com/method/notes.deleteComment
 */
export interface NotesDeleteCommentParams {
  /**
   * Comment ID.
   */
  comment_id: number
  /**
   * Note owner ID.
   */
  owner_id?: number
}
/**
 * Parameters of `notes.edit`.
 *
 * Edits a note of the current user.
 *
 * Docs: https://dev.vk.com/method/notes.edit
 */
export interface NotesEditParams {
  /**
   * Note ID.
   */
  note_id: number
  /**
   * Note title.
   */
  title: string
  /**
   * Note text.
   */
  text: string
  privacy_view?: string[]
  privacy_comment?: string[]
}
/**
 * Parameters of `notes.editComment`.
 *
 * Edits a comment on a note.
 *
 * Docs: https://dev.vk.com/method/notes.editComment
 */
export interface NotesEditCommentParams {
  /**
   * Comment ID.
   */
  comment_id: number
  /**
   * Note owner ID.
   */
  owner_id?: number
  /**
   * New comment text.
   */
  message: string
}
/**
 * Parameters of `notes.get`.
 *
 * Returns a list of notes created by a user.
 *
 * Docs: https://dev.vk.com/method/notes.get
 */
export interface NotesGetParams {
  /**
   * Note IDs.
   */
  note_ids?: number[]
  /**
   * Note owner ID.
   */
  user_id?: number
  offset?: number
  /**
   * Number of notes to return.
   */
  count?: number
  sort?: 0 | 1
}
/**
 * Parameters of `notes.getById`.
 *
 * Returns a note by its ID.
 *
 * Docs: https://dev.vk.com/method/notes.getById
 */
export interface NotesGetByIdParams {
  /**
   * Note ID.
   */
  note_id: number
  /**
   * Note owner ID.
   */
  owner_id?: number
  need_wiki?: boolean | 0 | 1
}
/**
 * Parameters of `notes.getComments`.
 *
 * Returns a list of comments on a note.
 *
 * Docs: https://dev.vk.com/method/notes.getComments
 */
export interface NotesGetCommentsParams {
  /**
   * Note ID.
   */
  note_id: number
  /**
   * Note owner ID.
   */
  owner_id?: number
  sort?: 0 | 1
  offset?: number
  /**
   * Number of comments to return.
   */
  count?: number
}
/**
 * Parameters of `notes.restoreComment`.
 *
 * Restores a deleted comment on a note.
 *
 * Docs: https://dev.vk.com/method/notes.restoreComment
 */
export interface NotesRestoreCommentParams {
  /**
   * Comment ID.
   */
  comment_id: number
  /**
   * Note owner ID.
   */
  owner_id?: number
}
/**
 * Parameters of `notifications.get`.
 *
 * Returns a list of notifications about other users' feedback to the current user's wall posts.
 *
 * Docs: https://dev.vk.com/method/notifications.get
 */
export interface NotificationsGetParams {
  /**
   * Number of notifications to return.
   */
  count?: number
  start_from?: string
  /**
   * Type of notifications to return: 'wall' - wall posts, 'mentions' - mentions in wall posts, comments, or topics, 'comments' - comments to wall posts, photos, and videos, 'likes' - likes, 'reposted' - wall posts that are copied from the current user's wall, 'followers' - new followers, 'friends' - accepted friend requests
   */
  filters?: ("wall" | "mentions" | "comments" | "likes" | "reposted" | "followers" | "friends")[]
  /**
   * Earliest timestamp (in Unix time) of a notification to return. By default, 24 hours ago.
   */
  start_time?: number
  /**
   * Latest timestamp (in Unix time) of a notification to return. By default, the current time.
   */
  end_time?: number
}
/**
 * Parameters of `notifications.markAsViewed`.
 *
 * Resets the counter of new notifications about other users' feedback to the current user's wall posts.
 *
 * Docs: https://dev.vk.com/method/notifications.markAsViewed
 */
export interface NotificationsMarkAsViewedParams {

}
/**
 * Parameters of `notifications.sendMessage`.
 *
 * Docs: https://dev.vk.com/method/notifications.sendMessage
 */
export interface NotificationsSendMessageParams {
  user_ids: number[]
  message: string
  fragment?: string
  group_id?: number
  random_id?: number
  /**
   * Type of sending (delivering) notifications: 'immediately' - push and bell notifications will be delivered as soon as possible, 'delayed' - push and bell notifications will be delivered in the most comfortable time for the user, 'delayed_push' - only push notifications will be delivered in the most comfortable time, while the bell notifications will be delivered as soon as possible
   */
  sending_mode?: "delayed" | "delayed_push" | "immediately" | "without_push"
}
/**
 * Parameters of `orders.cancelSubscription`.
 *
 * Docs: https://dev.vk.com/method/orders.cancelSubscription
 */
export interface OrdersCancelSubscriptionParams {
  user_id: number
  subscription_id: number
  pending_cancel?: boolean | 0 | 1
}
/**
 * Parameters of `orders.changeState`.
 *
 * Changes order status.
 *
 * Docs: https://dev.vk.com/method/orders.changeState
 */
export interface OrdersChangeStateParams {
  /**
   * order ID.
   */
  order_id: number
  /**
   * action to be done with the order. Available actions: *cancel - to cancel unconfirmed order. *charge - to confirm unconfirmed order. Applies only if processing of [vk.com/dev/payments_status|order_change_state] notification failed. *refund - to cancel confirmed order.
   */
  action: "cancel" | "charge" | "refund"
  /**
   * internal ID of the order in the application.
   */
  app_order_id?: number
  /**
   * if this parameter is set to 1, this method returns a list of test mode orders. By default - 0.
   */
  test_mode?: boolean | 0 | 1
}
/**
 * Parameters of `orders.get`.
 *
 * Returns a list of orders.
 *
 * Docs: https://dev.vk.com/method/orders.get
 */
export interface OrdersGetParams {
  offset?: number
  /**
   * number of returned orders.
   */
  count?: number
  /**
   * if this parameter is set to 1, this method returns a list of test mode orders. By default - 0.
   */
  test_mode?: boolean | 0 | 1
}
/**
 * Parameters of `orders.getAmount`.
 *
 * Docs: https://dev.vk.com/method/orders.getAmount
 */
export interface OrdersGetAmountParams {
  user_id: number
  votes: string[]
}
/**
 * Parameters of `orders.getById`.
 *
 * Returns information about orders by their IDs.
 *
 * Docs: https://dev.vk.com/method/orders.getById
 */
export interface OrdersGetByIdParams {
  /**
   * order ID.
   */
  order_id?: number
  /**
   * order IDs (when information about several orders is requested).
   */
  order_ids?: number[]
  /**
   * if this parameter is set to 1, this method returns a list of test mode orders. By default - 0.
   */
  test_mode?: boolean | 0 | 1
}
/**
 * Parameters of `orders.getUserSubscriptionById`.
 *
 * Docs: https://dev.vk.com/method/orders.getUserSubscriptionById
 */
export interface OrdersGetUserSubscriptionByIdParams {
  user_id: number
  subscription_id: number
}
/**
 * Parameters of `orders.getUserSubscriptions`.
 *
 * Docs: https://dev.vk.com/method/orders.getUserSubscriptions
 */
export interface OrdersGetUserSubscriptionsParams {
  user_id: number
}
/**
 * Parameters of `pages.clearCache`.
 *
 * Allows to clear the cache of particular 'external' pages which may be attached to VK posts.
 *
 * Docs: https://dev.vk.com/method/pages.clearCache
 */
export interface PagesClearCacheParams {
  /**
   * Address of the page where you need to refesh the cached version
   */
  url: string
}
/**
 * Parameters of `pages.get`.
 *
 * Returns information about a wiki page.
 *
 * Docs: https://dev.vk.com/method/pages.get
 */
export interface PagesGetParams {
  /**
   * Page owner ID.
   */
  owner_id?: number
  /**
   * Wiki page ID.
   */
  page_id?: number
  /**
   * '1' - to return information about a global wiki page
   */
  global?: boolean | 0 | 1
  /**
   * '1' - resulting wiki page is a preview for the attached link
   */
  site_preview?: boolean | 0 | 1
  /**
   * Wiki page title.
   */
  title?: string
  need_source?: boolean | 0 | 1
  /**
   * '1' - to return the page as HTML,
   */
  need_html?: boolean | 0 | 1
}
/**
 * Parameters of `pages.getHistory`.
 *
 * Returns a list of all previous versions of a wiki page.
 *
 * Docs: https://dev.vk.com/method/pages.getHistory
 */
export interface PagesGetHistoryParams {
  /**
   * Wiki page ID.
   */
  page_id: number
  /**
   * ID of the community that owns the wiki page.
   */
  group_id?: number
  user_id?: number
}
/**
 * Parameters of `pages.getTitles`.
 *
 * Returns a list of wiki pages in a group.
 *
 * Docs: https://dev.vk.com/method/pages.getTitles
 */
export interface PagesGetTitlesParams {
  /**
   * ID of the community that owns the wiki page.
   */
  group_id?: number
}
/**
 * Parameters of `pages.getVersion`.
 *
 * Returns the text of one of the previous versions of a wiki page.
 *
 * Docs: https://dev.vk.com/method/pages.getVersion
 */
export interface PagesGetVersionParams {
  version_id: number
  /**
   * ID of the community that owns the wiki page.
   */
  group_id?: number
  user_id?: number
  /**
   * '1' - to return the page as HTML
   */
  need_html?: boolean | 0 | 1
}
/**
 * Parameters of `pages.parseWiki`.
 *
 * Returns HTML representation of the wiki markup.
 *
 * Docs: https://dev.vk.com/method/pages.parseWiki
 */
export interface PagesParseWikiParams {
  /**
   * Text of the wiki page.
   */
  text: string
  /**
   * ID of the group in the context of which this markup is interpreted.
   */
  group_id?: number
}
/**
 * Parameters of `pages.save`.
 *
 * Saves the text of a wiki page.
 *
 * Docs: https://dev.vk.com/method/pages.save
 */
export interface PagesSaveParams {
  /**
   * Text of the wiki page in wiki-format.
   */
  text?: string
  /**
   * Wiki page ID. The 'title' parameter can be passed instead of 'pid'.
   */
  page_id?: number
  /**
   * ID of the community that owns the wiki page.
   */
  group_id?: number
  /**
   * User ID
   */
  user_id?: number
  /**
   * Wiki page title.
   */
  title?: string
}
/**
 * Parameters of `pages.saveAccess`.
 *
 * Saves modified read and edit access settings for a wiki page.
 *
 * Docs: https://dev.vk.com/method/pages.saveAccess
 */
export interface PagesSaveAccessParams {
  /**
   * Wiki page ID.
   */
  page_id: number
  /**
   * ID of the community that owns the wiki page.
   */
  group_id?: number
  user_id?: number
  /**
   * Who can view the wiki page: '1' - only community members, '2' - all users can view the page, '0' - only community managers
   */
  view?: 0 | 1 | 2
  /**
   * Who can edit the wiki page: '1' - only community members, '2' - all users can edit the page, '0' - only community managers
   */
  edit?: 0 | 1 | 2
}
/**
 * Parameters of `photos.confirmTag`.
 *
 * Confirms a tag on a photo.
 *
 * Docs: https://dev.vk.com/method/photos.confirmTag
 */
export interface PhotosConfirmTagParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * Photo ID.
   */
  photo_id: string
  /**
   * Tag ID.
   */
  tag_id: number
}
/**
 * Parameters of `photos.copy`.
 *
 * Allows to copy a photo to the "Saved photos" album
 *
 * Docs: https://dev.vk.com/method/photos.copy
 */
export interface PhotosCopyParams {
  /**
   * photo's owner ID
   */
  owner_id: number
  /**
   * photo ID
   */
  photo_id: number
  /**
   * for private photos
   */
  access_key?: string
}
/**
 * Parameters of `photos.createAlbum`.
 *
 * Creates an empty photo album.
 *
 * Docs: https://dev.vk.com/method/photos.createAlbum
 */
export interface PhotosCreateAlbumParams {
  /**
   * Album title.
   */
  title: string
  /**
   * ID of the community in which the album will be created.
   */
  group_id?: number
  /**
   * Album description.
   */
  description?: string
  privacy_view?: string[]
  privacy_comment?: string[]
  upload_by_admins_only?: boolean | 0 | 1
  comments_disabled?: boolean | 0 | 1
}
/**
 * Parameters of `photos.createComment`.
 *
 * Adds a new comment on the photo.
 *
 * Docs: https://dev.vk.com/method/photos.createComment
 */
export interface PhotosCreateCommentParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * Photo ID.
   */
  photo_id: number
  /**
   * Comment text.
   */
  message?: string
  /**
   * (Required if 'message' is not set.) List of objects attached to the post, in the following format: "<owner_id>_<media_id>,<owner_id>_<media_id>", '' - Type of media attachment: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, '<owner_id>' - Media attachment owner ID. '<media_id>' - Media attachment ID. Example: "photo100172_166443618,photo66748_265827614"
   */
  attachments?: string[]
  /**
   * '1' - to post a comment from the community
   */
  from_group?: boolean | 0 | 1
  reply_to_comment?: number
  sticker_id?: number
  access_key?: string
  guid?: string
}
/**
 * Parameters of `photos.delete`.
 *
 * Deletes a photo.
 *
 * Docs: https://dev.vk.com/method/photos.delete
 */
export interface PhotosDeleteParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * Photo ID.
   */
  photo_id?: number
  photos?: string[]
}
/**
 * Parameters of `photos.deleteAlbum`.
 *
 * Deletes a photo album belonging to the current user.
 *
 * Docs: https://dev.vk.com/method/photos.deleteAlbum
 */
export interface PhotosDeleteAlbumParams {
  /**
   * Album ID.
   */
  album_id: number
  /**
   * ID of the community that owns the album.
   */
  group_id?: number
}
/**
 * Parameters of `photos.deleteComment`.
 *
 * Deletes a comment on the photo.
 *
 * Docs: https://dev.vk.com/method/photos.deleteComment
 */
export interface PhotosDeleteCommentParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * Comment ID.
   */
  comment_id: number
}
/**
 * Parameters of `photos.edit`.
 *
 * Edits the caption of a photo.
 *
 * Docs: https://dev.vk.com/method/photos.edit
 */
export interface PhotosEditParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * Photo ID.
   */
  photo_id: number
  /**
   * New caption for the photo. If this parameter is not set, it is considered to be equal to an empty string.
   */
  caption?: string
  latitude?: number
  longitude?: number
  place_str?: string
  foursquare_id?: string
  delete_place?: boolean | 0 | 1
}
/**
 * Parameters of `photos.editAlbum`.
 *
 * Edits information about a photo album.
 *
 * Docs: https://dev.vk.com/method/photos.editAlbum
 */
export interface PhotosEditAlbumParams {
  /**
   * ID of the photo album to be edited.
   */
  album_id: number
  /**
   * New album title.
   */
  title?: string
  /**
   * New album description.
   */
  description?: string
  /**
   * ID of the user or community that owns the album.
   */
  owner_id?: number
  privacy_view?: string[]
  privacy_comment?: string[]
  upload_by_admins_only?: boolean | 0 | 1
  comments_disabled?: boolean | 0 | 1
}
/**
 * Parameters of `photos.editComment`.
 *
 * Edits a comment on a photo.
 *
 * Docs: https://dev.vk.com/method/photos.editComment
 */
export interface PhotosEditCommentParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * Comment ID.
   */
  comment_id: number
  /**
   * New text of the comment.
   */
  message?: string
  /**
   * (Required if 'message' is not set.) List of objects attached to the post, in the following format: "<owner_id>_<media_id>,<owner_id>_<media_id>", '' - Type of media attachment: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, '<owner_id>' - Media attachment owner ID. '<media_id>' - Media attachment ID. Example: "photo100172_166443618,photo66748_265827614"
   */
  attachments?: string[]
}
/**
 * Parameters of `photos.get`.
 *
 * Returns a list of a user's or community's photos.
 *
 * Docs: https://dev.vk.com/method/photos.get
 */
export interface PhotosGetParams {
  /**
   * ID of the user or community that owns the photos. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Photo album ID. To return information about photos from service albums, use the following string values: 'profile, wall, saved'.
   */
  album_id?: string
  /**
   * Photo IDs.
   */
  photo_ids?: string[]
  /**
   * Sort order: '1' - reverse chronological, '0' - chronological
   */
  rev?: boolean | 0 | 1
  /**
   * '1' - to return additional 'likes', 'comments', and 'tags' fields, '0' - (default)
   */
  extended?: boolean | 0 | 1
  /**
   * Type of feed obtained in 'feed' field of the method.
   */
  feed_type?: string
  /**
   * unixtime, that can be obtained with [vk.com/dev/newsfeed.get|newsfeed.get] method in date field to get all photos uploaded by the user on a specific day, or photos the user has been tagged on. Also, 'uid' parameter of the user the event happened with shall be specified.
   */
  feed?: number
  /**
   * '1' - to return photo sizes in a [vk.com/dev/photo_sizes|special format]
   */
  photo_sizes?: boolean | 0 | 1
  offset?: number
  count?: number
}
/**
 * Parameters of `photos.getAlbums`.
 *
 * Returns a list of a user's or community's photo albums.
 *
 * Docs: https://dev.vk.com/method/photos.getAlbums
 */
export interface PhotosGetAlbumsParams {
  /**
   * ID of the user or community that owns the albums.
   */
  owner_id?: number
  /**
   * Album IDs.
   */
  album_ids?: number[]
  /**
   * Offset needed to return a specific subset of albums.
   */
  offset?: number
  /**
   * Number of albums to return.
   */
  count?: number
  /**
   * '1' - to return system albums with negative IDs
   */
  need_system?: boolean | 0 | 1
  /**
   * '1' - to return an additional 'thumb_src' field, '0' - (default)
   */
  need_covers?: boolean | 0 | 1
  /**
   * '1' - to return photo sizes in a
   */
  photo_sizes?: boolean | 0 | 1
}
/**
 * Parameters of `photos.getAlbumsCount`.
 *
 * Returns the number of photo albums belonging to a user or community.
 *
 * Docs: https://dev.vk.com/method/photos.getAlbumsCount
 */
export interface PhotosGetAlbumsCountParams {
  /**
   * User ID.
   */
  user_id?: number
  /**
   * Community ID.
   */
  group_id?: number
  need_system?: boolean | 0 | 1
}
/**
 * Parameters of `photos.getAll`.
 *
 * Returns a list of photos belonging to a user or community, in reverse chronological order.
 *
 * Docs: https://dev.vk.com/method/photos.getAll
 */
export interface PhotosGetAllParams {
  /**
   * ID of a user or community that owns the photos. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * '1' - to return detailed information about photos
   */
  extended?: boolean | 0 | 1
  /**
   * Offset needed to return a specific subset of photos. By default, '0'.
   */
  offset?: number
  /**
   * Number of photos to return.
   */
  count?: number
  /**
   * '1' - to return image sizes in [vk.com/dev/photo_sizes|special format].
   */
  photo_sizes?: boolean | 0 | 1
  /**
   * '1' - to return photos only from standard albums, '0' - to return all photos including those in service albums, e.g., 'My wall photos' (default)
   */
  no_service_albums?: boolean | 0 | 1
  /**
   * '1' - to show information about photos being hidden from the block above the wall.
   */
  need_hidden?: boolean | 0 | 1
  /**
   * '1' - not to return photos being hidden from the block above the wall. Works only with owner_id>0, no_service_albums is ignored.
   */
  skip_hidden?: boolean | 0 | 1
}
/**
 * Parameters of `photos.getAllComments`.
 *
 * Returns a list of comments on a specific photo album or all albums of the user sorted in reverse chronological order.
 *
 * Docs: https://dev.vk.com/method/photos.getAllComments
 */
export interface PhotosGetAllCommentsParams {
  /**
   * ID of the user or community that owns the album(s).
   */
  owner_id?: number
  /**
   * Album ID. If the parameter is not set, comments on all of the user's albums will be returned.
   */
  album_id?: number
  /**
   * '1' - to return an additional 'likes' field, '0' - (default)
   */
  need_likes?: boolean | 0 | 1
  /**
   * Offset needed to return a specific subset of comments. By default, '0'.
   */
  offset?: number
  /**
   * Number of comments to return. By default, '20'. Maximum value, '100'.
   */
  count?: number
}
/**
 * Parameters of `photos.getById`.
 *
 * Returns information about photos by their IDs.
 *
 * Docs: https://dev.vk.com/method/photos.getById
 */
export interface PhotosGetByIdParams {
  /**
   * IDs separated with a comma, that are IDs of users who posted photos and IDs of photos themselves with an underscore character between such IDs. To get information about a photo in the group album, you shall specify group ID instead of user ID. Example: "1_129207899,6492_135055734, , -20629724_271945303"
   */
  photos: string[]
  /**
   * '1' - to return additional fields, '0' - (default)
   */
  extended?: boolean | 0 | 1
  /**
   * '1' - to return photo sizes in a
   */
  photo_sizes?: boolean | 0 | 1
}
/**
 * Parameters of `photos.getChatUploadServer`.
 *
 * Returns an upload link for chat cover pictures.
 *
 * Docs: https://dev.vk.com/method/photos.getChatUploadServer
 */
export interface PhotosGetChatUploadServerParams {
  /**
   * ID of the chat for which you want to upload a cover photo.
   */
  chat_id: number
  crop_x?: number
  crop_y?: number
  /**
   * Width (in pixels) of the photo after cropping.
   */
  crop_width?: number
}
/**
 * Parameters of `photos.getComments`.
 *
 * Returns a list of comments on a photo.
 *
 * Docs: https://dev.vk.com/method/photos.getComments
 */
export interface PhotosGetCommentsParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * Photo ID.
   */
  photo_id: number
  /**
   * '1' - to return an additional 'likes' field, '0' - (default)
   */
  need_likes?: boolean | 0 | 1
  start_comment_id?: number
  /**
   * Offset needed to return a specific subset of comments. By default, '0'.
   */
  offset?: number
  /**
   * Number of comments to return.
   */
  count?: number
  /**
   * Sort order: 'asc' - old first, 'desc' - new first
   */
  sort?: "asc" | "desc"
  access_key?: string
  extended?: boolean | 0 | 1
  fields?: UsersFields[]
}
/**
 * Parameters of `photos.getMarketAlbumUploadServer`.
 *
 * Returns the server address for market album photo upload.
 *
 * Docs: https://dev.vk.com/method/photos.getMarketAlbumUploadServer
 */
export interface PhotosGetMarketAlbumUploadServerParams {
  /**
   * Community ID.
   */
  group_id: number
}
/**
 * Parameters of `photos.getMessagesUploadServer`.
 *
 * Returns the server address for photo upload in a private message for a user.
 *
 * Docs: https://dev.vk.com/method/photos.getMessagesUploadServer
 */
export interface PhotosGetMessagesUploadServerParams {
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'Chat ID', e.g. '2000000001'. For community: '- Community ID', e.g. '-12345'. "
   */
  peer_id?: number
}
/**
 * Parameters of `photos.getNewTags`.
 *
 * Returns a list of photos with tags that have not been viewed.
 *
 * Docs: https://dev.vk.com/method/photos.getNewTags
 */
export interface PhotosGetNewTagsParams {
  /**
   * Offset needed to return a specific subset of photos.
   */
  offset?: number
  /**
   * Number of photos to return.
   */
  count?: number
}
/**
 * Parameters of `photos.getOwnerCoverPhotoUploadServer`.
 *
 * Returns the server address for owner cover upload.
 *
 * Docs: https://dev.vk.com/method/photos.getOwnerCoverPhotoUploadServer
 */
export interface PhotosGetOwnerCoverPhotoUploadServerParams {
  /**
   * ID of community that owns the album (if the photo will be uploaded to a community album).
   */
  group_id?: number
  /**
   * X coordinate of the left-upper corner
   */
  crop_x?: number
  /**
   * Y coordinate of the left-upper corner
   */
  crop_y?: number
  /**
   * X coordinate of the right-bottom corner
   */
  crop_x2?: number
  /**
   * Y coordinate of the right-bottom corner
   */
  crop_y2?: number
  is_video_cover?: boolean | 0 | 1
}
/**
 * Parameters of `photos.getOwnerPhotoUploadServer`.
 *
 * Returns an upload server address for a profile or community photo.
 *
 * Docs: https://dev.vk.com/method/photos.getOwnerPhotoUploadServer
 */
export interface PhotosGetOwnerPhotoUploadServerParams {
  /**
   * identifier of a community or current user. "Note that community id must be negative. 'owner_id=1' - user, 'owner_id=-1' - community, "
   */
  owner_id?: number
}
/**
 * Parameters of `photos.getTags`.
 *
 * Returns a list of tags on a photo.
 *
 * Docs: https://dev.vk.com/method/photos.getTags
 */
export interface PhotosGetTagsParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * Photo ID.
   */
  photo_id: number
  access_key?: string
}
/**
 * Parameters of `photos.getUploadServer`.
 *
 * Returns the server address for photo upload.
 *
 * Docs: https://dev.vk.com/method/photos.getUploadServer
 */
export interface PhotosGetUploadServerParams {
  album_id?: number
  /**
   * ID of community that owns the album (if the photo will be uploaded to a community album).
   */
  group_id?: number
}
/**
 * Parameters of `photos.getUserPhotos`.
 *
 * Returns a list of photos in which a user is tagged.
 *
 * Docs: https://dev.vk.com/method/photos.getUserPhotos
 */
export interface PhotosGetUserPhotosParams {
  /**
   * User ID.
   */
  user_id?: number
  /**
   * Offset needed to return a specific subset of photos. By default, '0'.
   */
  offset?: number
  /**
   * Number of photos to return. Maximum value is 1000.
   */
  count?: number
  /**
   * '1' - to return an additional 'likes' field, '0' - (default)
   */
  extended?: boolean | 0 | 1
  /**
   * Sort order: '1' - by date the tag was added in ascending order, '0' - by date the tag was added in descending order
   */
  sort?: string
}
/**
 * Parameters of `photos.getWallUploadServer`.
 *
 * Returns the server address for photo upload onto a user's wall.
 *
 * Docs: https://dev.vk.com/method/photos.getWallUploadServer
 */
export interface PhotosGetWallUploadServerParams {
  /**
   * ID of community to whose wall the photo will be uploaded.
   */
  group_id?: number
}
/**
 * Parameters of `photos.makeCover`.
 *
 * Makes a photo into an album cover.
 *
 * Docs: https://dev.vk.com/method/photos.makeCover
 */
export interface PhotosMakeCoverParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * Photo ID.
   */
  photo_id: number
  /**
   * Album ID.
   */
  album_id?: number
}
/**
 * Parameters of `photos.move`.
 *
 * Moves a photo from one album to another.
 *
 * Docs: https://dev.vk.com/method/photos.move
 */
export interface PhotosMoveParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * ID of the album to which the photo will be moved.
   */
  target_album_id: number
  photo_ids: number[]
}
/**
 * Parameters of `photos.putTag`.
 *
 * Adds a tag on the photo.
 *
 * Docs: https://dev.vk.com/method/photos.putTag
 */
export interface PhotosPutTagParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * Photo ID.
   */
  photo_id: number
  /**
   * ID of the user to be tagged.
   */
  user_id: number
  /**
   * Upper left-corner coordinate of the tagged area (as a percentage of the photo's width).
   */
  x?: number
  /**
   * Upper left-corner coordinate of the tagged area (as a percentage of the photo's height).
   */
  y?: number
  /**
   * Lower right-corner coordinate of the tagged area (as a percentage of the photo's width).
   */
  x2?: number
  /**
   * Lower right-corner coordinate of the tagged area (as a percentage of the photo's height).
   */
  y2?: number
}
/**
 * Parameters of `photos.removeTag`.
 *
 * Removes a tag from a photo.
 *
 * Docs: https://dev.vk.com/method/photos.removeTag
 */
export interface PhotosRemoveTagParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * Photo ID.
   */
  photo_id: number
  /**
   * Tag ID.
   */
  tag_id: number
}
/**
 * Parameters of `photos.reorderAlbums`.
 *
 * Reorders the album in the list of user albums.
 *
 * Docs: https://dev.vk.com/method/photos.reorderAlbums
 */
export interface PhotosReorderAlbumsParams {
  /**
   * ID of the user or community that owns the album.
   */
  owner_id?: number
  /**
   * Album ID.
   */
  album_id: number
  /**
   * ID of the album before which the album in question shall be placed.
   */
  before?: number
  /**
   * ID of the album after which the album in question shall be placed.
   */
  after?: number
}
/**
 * Parameters of `photos.reorderPhotos`.
 *
 * Reorders the photo in the list of photos of the user album.
 *
 * Docs: https://dev.vk.com/method/photos.reorderPhotos
 */
export interface PhotosReorderPhotosParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * Photo ID.
   */
  photo_id: number
  /**
   * ID of the photo before which the photo in question shall be placed.
   */
  before?: number
  /**
   * ID of the photo after which the photo in question shall be placed.
   */
  after?: number
}
/**
 * Parameters of `photos.report`.
 *
 * Reports (submits a complaint about) a photo.
 *
 * Docs: https://dev.vk.com/method/photos.report
 */
export interface PhotosReportParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id: number
  /**
   * Photo ID.
   */
  photo_id: number
  /**
   * Reason for the complaint: '0' - spam, '1' - child pornography, '2' - extremism, '3' - violence, '4' - drug propaganda, '5' - adult material, '6' - insult, abuse, '8' - suicide calls
   */
  reason?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 8
}
/**
 * Parameters of `photos.reportComment`.
 *
 * Reports (submits a complaint about) a comment on a photo.
 *
 * Docs: https://dev.vk.com/method/photos.reportComment
 */
export interface PhotosReportCommentParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id: number
  /**
   * ID of the comment being reported.
   */
  comment_id: number
  /**
   * Reason for the complaint: '0' - spam, '1' - child pornography, '2' - extremism, '3' - violence, '4' - drug propaganda, '5' - adult material, '6' - insult, abuse
   */
  reason?: 0 | 1 | 2 | 3 | 4 | 5 | 6
}
/**
 * Parameters of `photos.restore`.
 *
 * Restores a deleted photo.
 *
 * Docs: https://dev.vk.com/method/photos.restore
 */
export interface PhotosRestoreParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * Photo ID.
   */
  photo_id: number
}
/**
 * Parameters of `photos.restoreComment`.
 *
 * Restores a deleted comment on a photo.
 *
 * Docs: https://dev.vk.com/method/photos.restoreComment
 */
export interface PhotosRestoreCommentParams {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: number
  /**
   * ID of the deleted comment.
   */
  comment_id: number
}
/**
 * Parameters of `photos.save`.
 *
 * Saves photos after successful uploading.
 *
 * Docs: https://dev.vk.com/method/photos.save
 */
export interface PhotosSaveParams {
  /**
   * ID of the album to save photos to.
   */
  album_id?: number
  /**
   * ID of the community to save photos to.
   */
  group_id?: number
  /**
   * Parameter returned when photos are [vk.com/dev/upload_files|uploaded to server].
   */
  server?: number
  /**
   * Parameter returned when photos are [vk.com/dev/upload_files|uploaded to server].
   */
  photos_list?: string
  /**
   * Parameter returned when photos are [vk.com/dev/upload_files|uploaded to server].
   */
  hash?: string
  /**
   * Geographical latitude, in degrees (from '-90' to '90').
   */
  latitude?: number
  /**
   * Geographical longitude, in degrees (from '-180' to '180').
   */
  longitude?: number
  /**
   * Text describing the photo. 2048 digits max.
   */
  caption?: string
}
/**
 * Parameters of `photos.saveMarketAlbumPhoto`.
 *
 * Saves market album photos after successful uploading.
 *
 * Docs: https://dev.vk.com/method/photos.saveMarketAlbumPhoto
 */
export interface PhotosSaveMarketAlbumPhotoParams {
  /**
   * Community ID.
   */
  group_id: number
  /**
   * Parameter returned when photos are [vk.com/dev/upload_files|uploaded to server].
   */
  photo: string
  /**
   * Parameter returned when photos are [vk.com/dev/upload_files|uploaded to server].
   */
  server: number
  /**
   * Parameter returned when photos are [vk.com/dev/upload_files|uploaded to server].
   */
  hash: string
}
/**
 * Parameters of `photos.saveMessagesPhoto`.
 *
 * Saves a photo after being successfully uploaded. URL obtained with [vk.com/dev/photos.getMessagesUploadServer|photos.getMessagesUploadServer] method.
 *
 * Docs: https://dev.vk.com/method/photos.saveMessagesPhoto
 */
export interface PhotosSaveMessagesPhotoParams {
  /**
   * Parameter returned when the photo is [vk.com/dev/upload_files|uploaded to the server].
   */
  photo: string
  server?: number
  hash?: string
}
/**
 * Parameters of `photos.saveOwnerCoverPhoto`.
 *
 * Saves cover photo after successful uploading.
 *
 * Docs: https://dev.vk.com/method/photos.saveOwnerCoverPhoto
 */
export interface PhotosSaveOwnerCoverPhotoParams {
  crop_x?: number
  crop_height?: number
  crop_y?: number
  crop_width?: number
  response_json?: string
  /**
   * Parameter returned when photos are [vk.com/dev/upload_files|uploaded to server].
   */
  hash?: string
  /**
   * Parameter returned when photos are [vk.com/dev/upload_files|uploaded to server].
   */
  photo?: string
  is_video_cover?: boolean | 0 | 1
}
/**
 * Parameters of `photos.saveOwnerPhoto`.
 *
 * Saves a profile or community photo. Upload URL can be got with the [vk.com/dev/photos.getOwnerPhotoUploadServer|photos.getOwnerPhotoUploadServer] method.
 *
 * Docs: https://dev.vk.com/method/photos.saveOwnerPhoto
 */
export interface PhotosSaveOwnerPhotoParams {
  /**
   * parameter returned after [vk.com/dev/upload_files|photo upload].
   */
  server?: string
  /**
   * parameter returned after [vk.com/dev/upload_files|photo upload].
   */
  hash?: string
  /**
   * parameter returned after [vk.com/dev/upload_files|photo upload].
   */
  photo?: string
}
/**
 * Parameters of `photos.saveWallPhoto`.
 *
 * Saves a photo to a user's or community's wall after being uploaded.
 *
 * Docs: https://dev.vk.com/method/photos.saveWallPhoto
 */
export interface PhotosSaveWallPhotoParams {
  /**
   * ID of the user on whose wall the photo will be saved.
   */
  user_id?: number
  /**
   * ID of community on whose wall the photo will be saved.
   */
  group_id?: number
  /**
   * Parameter returned when the the photo is [vk.com/dev/upload_files|uploaded to the server].
   */
  photo: string
  server?: number
  hash?: string
  /**
   * Geographical latitude, in degrees (from '-90' to '90').
   */
  latitude?: number
  /**
   * Geographical longitude, in degrees (from '-180' to '180').
   */
  longitude?: number
  /**
   * Text describing the photo. 2048 digits max.
   */
  caption?: string
}
/**
 * Parameters of `photos.search`.
 *
 * Returns a list of photos.
 *
 * Docs: https://dev.vk.com/method/photos.search
 */
export interface PhotosSearchParams {
  /**
   * Search query string.
   */
  q?: string
  /**
   * Geographical latitude, in degrees (from '-90' to '90').
   */
  lat?: number
  /**
   * Geographical longitude, in degrees (from '-180' to '180').
   */
  long?: number
  start_time?: number
  end_time?: number
  /**
   * Sort order:
   */
  sort?: number
  /**
   * Offset needed to return a specific subset of photos.
   */
  offset?: number
  /**
   * Number of photos to return.
   */
  count?: number
  /**
   * Radius of search in meters (works very approximately). Available values: '10', '100', '800', '6000', '50000'.
   */
  radius?: number
}
/**
 * Parameters of `podcasts.searchPodcast`.
 *
 * Docs: https://dev.vk.com/method/podcasts.searchPodcast
 */
export interface PodcastsSearchPodcastParams {
  search_string: string
  offset?: number
  count?: number
}
/**
 * Parameters of `polls.addVote`.
 *
 * Adds the current user's vote to the selected answer in the poll.
 *
 * Docs: https://dev.vk.com/method/polls.addVote
 */
export interface PollsAddVoteParams {
  /**
   * ID of the user or community that owns the poll. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Poll ID.
   */
  poll_id: number
  answer_ids: number[]
  is_board?: boolean | 0 | 1
}
/**
 * Parameters of `polls.create`.
 *
 * Creates polls that can be attached to the users' or communities' posts.
 *
 * Docs: https://dev.vk.com/method/polls.create
 */
export interface PollsCreateParams {
  /**
   * question text
   */
  question?: string
  /**
   * '1' - anonymous poll, participants list is hidden,, '0' - public poll, participants list is available,, Default value is '0'.
   */
  is_anonymous?: boolean | 0 | 1
  is_multiple?: boolean | 0 | 1
  end_date?: number
  /**
   * If a poll will be added to a communty it is required to send a negative group identifier. Current user by default.
   */
  owner_id?: number
  app_id?: number
  /**
   * available answers list, for example: " ["yes","no","maybe"]", There can be from 1 to 10 answers.
   */
  add_answers?: string
  photo_id?: number
  background_id?: 1 | 2 | 3 | 4 | 6 | 8 | 9
  disable_unvote?: boolean | 0 | 1
}
/**
 * Parameters of `polls.deleteVote`.
 *
 * Deletes the current user's vote from the selected answer in the poll.
 *
 * Docs: https://dev.vk.com/method/polls.deleteVote
 */
export interface PollsDeleteVoteParams {
  /**
   * ID of the user or community that owns the poll. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Poll ID.
   */
  poll_id: number
  is_board?: boolean | 0 | 1
}
/**
 * Parameters of `polls.edit`.
 *
 * Edits created polls
 *
 * Docs: https://dev.vk.com/method/polls.edit
 */
export interface PollsEditParams {
  /**
   * poll owner id
   */
  owner_id?: number
  /**
   * edited poll's id
   */
  poll_id: number
  /**
   * new question text
   */
  question?: string
  /**
   * answers list, for example: , "["yes","no","maybe"]"
   */
  add_answers?: string
  /**
   * object containing answers that need to be edited,, key - answer id, value - new answer text. Example: {"382967099":"option1", "382967103":"option2"}"
   */
  edit_answers?: string
  /**
   * list of answer ids to be deleted. For example: "[382967099, 382967103]"
   */
  delete_answers?: string
  end_date?: number
  photo_id?: number
  background_id?: 0 | 1 | 2 | 3 | 4 | 6 | 8 | 9
}
/**
 * Parameters of `polls.getBackgrounds`.
 *
 * Docs: https://dev.vk.com/method/polls.getBackgrounds
 */
export interface PollsGetBackgroundsParams {

}
/**
 * Parameters of `polls.getById`.
 *
 * Returns detailed information about a poll by its ID.
 *
 * Docs: https://dev.vk.com/method/polls.getById
 */
export interface PollsGetByIdParams {
  /**
   * ID of the user or community that owns the poll. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * '1' - poll is in a board, '0' - poll is on a wall. '0' by default.
   */
  is_board?: boolean | 0 | 1
  /**
   * Poll ID.
   */
  poll_id: number
  extended?: boolean | 0 | 1
  friends_count?: number
  fields?: string[]
  name_case?: BaseNameCase
}
/**
 * Parameters of `polls.getPhotoUploadServer`.
 *
 * Docs: https://dev.vk.com/method/polls.getPhotoUploadServer
 */
export interface PollsGetPhotoUploadServerParams {
  owner_id?: number
}
/**
 * Parameters of `polls.getVoters`.
 *
 * Returns a list of IDs of users who selected specific answers in the poll.
 *
 * Docs: https://dev.vk.com/method/polls.getVoters
 */
export interface PollsGetVotersParams {
  /**
   * ID of the user or community that owns the poll. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Poll ID.
   */
  poll_id: number
  /**
   * Answer IDs.
   */
  answer_ids: number[]
  is_board?: boolean | 0 | 1
  /**
   * '1' - to return only current user's friends, '0' - to return all users (default),
   */
  friends_only?: boolean | 0 | 1
  /**
   * Offset needed to return a specific subset of voters. '0' - (default)
   */
  offset?: number
  /**
   * Number of user IDs to return (if the 'friends_only' parameter is not set, maximum '1000', otherwise '10'). '100' - (default)
   */
  count?: number
  /**
   * Profile fields to return. Sample values: 'nickname', 'screen_name', 'sex', 'bdate (birthdate)', 'city', 'country', 'timezone', 'photo', 'photo_medium', 'photo_big', 'has_mobile', 'rate', 'contacts', 'education', 'online', 'counters'.
   */
  fields?: UsersFields[]
  /**
   * Case for declension of user name and surname: , 'nom' - nominative (default) , 'gen' - genitive , 'dat' - dative , 'acc' - accusative , 'ins' - instrumental , 'abl' - prepositional
   */
  name_case?: BaseNameCase
}
/**
 * Parameters of `polls.savePhoto`.
 *
 * Docs: https://dev.vk.com/method/polls.savePhoto
 */
export interface PollsSavePhotoParams {
  photo?: string
  hash?: string
}
/**
 * Parameters of `prettyCards.create`.
 *
 * Docs: https://dev.vk.com/method/prettyCards.create
 */
export interface PrettyCardsCreateParams {
  owner_id: number
  photo: string
  title: string
  link: string
  price?: string
  price_old?: string
  button?: string
}
/**
 * Parameters of `prettyCards.delete`.
 *
 * Docs: https://dev.vk.com/method/prettyCards.delete
 */
export interface PrettyCardsDeleteParams {
  owner_id: number
  card_id: number
}
/**
 * Parameters of `prettyCards.edit`.
 *
 * Docs: https://dev.vk.com/method/prettyCards.edit
 */
export interface PrettyCardsEditParams {
  owner_id: number
  card_id: number
  photo?: string
  title?: string
  link?: string
  price?: string
  price_old?: string
  button?: string
}
/**
 * Parameters of `prettyCards.get`.
 *
 * Docs: https://dev.vk.com/method/prettyCards.get
 */
export interface PrettyCardsGetParams {
  owner_id: number
  offset?: number
  count?: number
}
/**
 * Parameters of `prettyCards.getById`.
 *
 * Docs: https://dev.vk.com/method/prettyCards.getById
 */
export interface PrettyCardsGetByIdParams {
  owner_id: number
  card_ids: number[]
}
/**
 * Parameters of `prettyCards.getUploadURL`.
 *
 * Docs: https://dev.vk.com/method/prettyCards.getUploadURL
 */
export interface PrettyCardsGetUploadURLParams {

}
/**
 * Parameters of `search.getHints`.
 *
 * Allows the programmer to do a quick search for any substring.
 *
 * Docs: https://dev.vk.com/method/search.getHints
 */
export interface SearchGetHintsParams {
  /**
   * Search query string.
   */
  q?: string
  /**
   * Offset for querying specific result subset
   */
  offset?: number
  /**
   * Maximum number of results to return.
   */
  limit?: number
  filters?: string[]
  fields?: string[]
  search_global?: boolean | 0 | 1
}
/**
 * Parameters of `secure.addAppEvent`.
 *
 * Adds user activity information to an application
 *
 * Docs: https://dev.vk.com/method/secure.addAppEvent
 */
export interface SecureAddAppEventParams {
  /**
   * ID of a user to save the data
   */
  user_id?: number
  /**
   * there are 2 default activities: , * 1 - level. Works similar to ,, * 2 - points, saves points amount, Any other value is for saving completed missions
   */
  activity_id: number
  /**
   * depends on activity_id: * 1 - number, current level number,, * 2 - number, current user's points amount, , Any other value is ignored
   */
  value?: number
}
/**
 * Parameters of `secure.checkToken`.
 *
 * Checks the user authentication in 'IFrame' and 'Flash' apps using the 'access_token' parameter.
 *
 * Docs: https://dev.vk.com/method/secure.checkToken
 */
export interface SecureCheckTokenParams {
  /**
   * client 'access_token'
   */
  token?: string
  /**
   * user 'ip address'. Note that user may access using the 'ipv6' address, in this case it is required to transmit the 'ipv6' address. If not transmitted, the address will not be checked.
   */
  ip?: string
}
/**
 * Parameters of `secure.getAppBalance`.
 *
 * Returns payment balance of the application in hundredth of a vote.
 *
 * Docs: https://dev.vk.com/method/secure.getAppBalance
 */
export interface SecureGetAppBalanceParams {

}
/**
 * Parameters of `secure.getSMSHistory`.
 *
 * Shows a list of SMS notifications sent by the application using [vk.com/dev/secure.sendSMSNotification|secure.sendSMSNotification] method.
 *
 * Docs: https://dev.vk.com/method/secure.getSMSHistory
 */
export interface SecureGetSMSHistoryParams {
  user_id?: number
  /**
   * filter by start date. It is set as UNIX-time.
   */
  date_from?: number
  /**
   * filter by end date. It is set as UNIX-time.
   */
  date_to?: number
  /**
   * number of returned posts. By default - 1000.
   */
  limit?: number
}
/**
 * Parameters of `secure.getTransactionsHistory`.
 *
 * Shows history of votes transaction between users and the application.
 *
 * Docs: https://dev.vk.com/method/secure.getTransactionsHistory
 */
export interface SecureGetTransactionsHistoryParams {
  type?: number
  uid_from?: number
  uid_to?: number
  date_from?: number
  date_to?: number
  limit?: number
}
/**
 * Parameters of `secure.getUserLevel`.
 *
 * Returns one of the previously set game levels of one or more users in the application.
 *
 * Docs: https://dev.vk.com/method/secure.getUserLevel
 */
export interface SecureGetUserLevelParams {
  user_ids: number[]
}
/**
 * Parameters of `secure.giveEventSticker`.
 *
 * Opens the game achievement and gives the user a sticker
 *
 * Docs: https://dev.vk.com/method/secure.giveEventSticker
 */
export interface SecureGiveEventStickerParams {
  user_ids: number[]
  achievement_id: number
}
/**
 * Parameters of `secure.sendNotification`.
 *
 * Sends notification to the user.
 *
 * Docs: https://dev.vk.com/method/secure.sendNotification
 */
export interface SecureSendNotificationParams {
  user_ids?: number[]
  user_id?: number
  /**
   * notification text which should be sent in 'UTF-8' encoding ('254' characters maximum).
   */
  message: string
  notification_id?: number
  promo_id?: number
}
/**
 * Parameters of `secure.sendSMSNotification`.
 *
 * Sends 'SMS' notification to a user's mobile device.
 *
 * Docs: https://dev.vk.com/method/secure.sendSMSNotification
 */
export interface SecureSendSMSNotificationParams {
  /**
   * ID of the user to whom SMS notification is sent. The user shall allow the application to send him/her notifications (, +1).
   */
  user_id: number
  /**
   * 'SMS' text to be sent in 'UTF-8' encoding. Only Latin letters and numbers are allowed. Maximum size is '160' characters.
   */
  message: string
}
/**
 * Parameters of `secure.setCounter`.
 *
 * Sets a counter which is shown to the user in bold in the left menu.
 *
 * Docs: https://dev.vk.com/method/secure.setCounter
 */
export interface SecureSetCounterParams {
  counters?: string[]
  user_id?: number
  /**
   * counter value.
   */
  counter?: number
  increment?: boolean | 0 | 1
}
/**
 * Parameters of `stats.get`.
 *
 * Returns statistics of a community or an application.
 *
 * Docs: https://dev.vk.com/method/stats.get
 */
export interface StatsGetParams {
  /**
   * Community ID.
   */
  group_id?: number
  /**
   * Application ID.
   */
  app_id?: number
  timestamp_from?: number
  timestamp_to?: number
  interval?: "all" | "day" | "month" | "week" | "year"
  intervals_count?: number
  filters?: string[]
  stats_groups?: string[]
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `stats.getPostReach`.
 *
 * Returns stats for a wall post.
 *
 * Docs: https://dev.vk.com/method/stats.getPostReach
 */
export interface StatsGetPostReachParams {
  /**
   * post owner community id. Specify with "-" sign.
   */
  owner_id: number
  /**
   * wall posts id
   */
  post_ids: number[]
}
/**
 * Parameters of `stats.trackVisitor`.
 *
 * Docs: https://dev.vk.com/method/stats.trackVisitor
 */
export interface StatsTrackVisitorParams {
  type?: "activity" | "close" | "open"
}
/**
 * Parameters of `status.get`.
 *
 * Returns data required to show the status of a user or community.
 *
 * Docs: https://dev.vk.com/method/status.get
 */
export interface StatusGetParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  user_id?: number
  group_id?: number
}
/**
 * Parameters of `status.set`.
 *
 * Sets a new status for the current user.
 *
 * Docs: https://dev.vk.com/method/status.set
 */
export interface StatusSetParams {
  /**
   * Text of the new status.
   */
  text?: string
  /**
   * Identifier of a community to set a status in. If left blank the status is set to current user.
   */
  group_id?: number
}
/**
 * Parameters of `storage.get`.
 *
 * Returns a value of variable with the name set by key parameter.
 *
 * Docs: https://dev.vk.com/method/storage.get
 */
export interface StorageGetParams {
  key?: string
  keys?: string[]
  user_id?: number
}
/**
 * Parameters of `storage.getKeys`.
 *
 * Returns the names of all variables.
 *
 * Docs: https://dev.vk.com/method/storage.getKeys
 */
export interface StorageGetKeysParams {
  /**
   * user id, whose variables names are returned if they were requested with a server method.
   */
  user_id?: number
  offset?: number
  /**
   * amount of variable names the info needs to be collected from.
   */
  count?: number
}
/**
 * Parameters of `storage.set`.
 *
 * Saves a value of variable with the name set by 'key' parameter.
 *
 * Docs: https://dev.vk.com/method/storage.set
 */
export interface StorageSetParams {
  key: string
  value?: string
  user_id?: number
}
/**
 * Parameters of `store.addStickersToFavorite`.
 *
 * Adds given sticker IDs to the list of user's favorite stickers
 *
 * Docs: https://dev.vk.com/method/store.addStickersToFavorite
 */
export interface StoreAddStickersToFavoriteParams {
  /**
   * Sticker IDs to be added
   */
  sticker_ids: number[]
}
/**
 * Parameters of `store.getFavoriteStickers`.
 *
 * Docs: https://dev.vk.com/method/store.getFavoriteStickers
 */
export interface StoreGetFavoriteStickersParams {

}
/**
 * Parameters of `store.getProducts`.
 *
 * Docs: https://dev.vk.com/method/store.getProducts
 */
export interface StoreGetProductsParams {
  type?: string
  merchant?: string
  section?: string
  product_ids?: number[]
  filters?: string[]
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `store.getStickersKeywords`.
 *
 * Docs: https://dev.vk.com/method/store.getStickersKeywords
 */
export interface StoreGetStickersKeywordsParams {
  stickers_ids?: number[]
  products_ids?: number[]
  aliases?: boolean | 0 | 1
  all_products?: boolean | 0 | 1
  need_stickers?: boolean | 0 | 1
  vmoji_promo?: boolean | 0 | 1
}
/**
 * Parameters of `store.removeStickersFromFavorite`.
 *
 * Removes given sticker IDs from the list of user's favorite stickers
 *
 * Docs: https://dev.vk.com/method/store.removeStickersFromFavorite
 */
export interface StoreRemoveStickersFromFavoriteParams {
  /**
   * Sticker IDs to be removed
   */
  sticker_ids: number[]
}
/**
 * Parameters of `stories.banOwner`.
 *
 * Allows to hide stories from chosen sources from current user's feed.
 *
 * Docs: https://dev.vk.com/method/stories.banOwner
 */
export interface StoriesBanOwnerParams {
  /**
   * List of sources IDs
   */
  owners_ids: number[]
}
/**
 * Parameters of `stories.delete`.
 *
 * Allows to delete story.
 *
 * Docs: https://dev.vk.com/method/stories.delete
 */
export interface StoriesDeleteParams {
  /**
   * Story owner's ID. Current user id is used by default.
   */
  owner_id?: number
  /**
   * Story ID.
   */
  story_id?: number
  stories?: string[]
}
/**
 * Parameters of `stories.get`.
 *
 * Returns stories available for current user.
 *
 * Docs: https://dev.vk.com/method/stories.get
 */
export interface StoriesGetParams {
  /**
   * Owner ID.
   */
  owner_id?: number
  /**
   * '1' - to return additional fields for users and communities. Default value is 0.
   */
  extended?: boolean | 0 | 1
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `stories.getBanned`.
 *
 * Returns list of sources hidden from current user's feed.
 *
 * Docs: https://dev.vk.com/method/stories.getBanned
 */
export interface StoriesGetBannedParams {
  /**
   * '1' - to return additional fields for users and communities. Default value is 0.
   */
  extended?: boolean | 0 | 1
  /**
   * Additional fields to return
   */
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `stories.getById`.
 *
 * Returns story by its ID.
 *
 * Docs: https://dev.vk.com/method/stories.getById
 */
export interface StoriesGetByIdParams {
  /**
   * Stories IDs separated by commas. Use format {owner_id}+'_'+{story_id}, for example, 12345_54331.
   */
  stories: string[]
  /**
   * '1' - to return additional fields for users and communities. Default value is 0.
   */
  extended?: boolean | 0 | 1
  /**
   * Additional fields to return
   */
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `stories.getDetailedStats`.
 *
 * Docs: https://dev.vk.com/method/stories.getDetailedStats
 */
export interface StoriesGetDetailedStatsParams {
  owner_id: number
  story_id: number
}
/**
 * Parameters of `stories.getPhotoUploadServer`.
 *
 * Returns URL for uploading a story with photo.
 *
 * Docs: https://dev.vk.com/method/stories.getPhotoUploadServer
 */
export interface StoriesGetPhotoUploadServerParams {
  /**
   * 1 - to add the story to friend's feed.
   */
  add_to_news?: boolean | 0 | 1
  /**
   * List of users IDs who can see the story.
   */
  user_ids?: number[]
  /**
   * ID of the story to reply with the current.
   */
  reply_to_story?: string
  /**
   * Link text (for community's stories only).
   */
  link_text?: StoriesUploadLinkText
  /**
   * Link URL. Internal links on https://vk.com only.
   */
  link_url?: string
  /**
   * ID of the community to upload the story (should be verified or with the "fire" icon).
   */
  group_id?: number
  clickable_stickers?: string
}
/**
 * Parameters of `stories.getReplies`.
 *
 * Returns replies to the story.
 *
 * Docs: https://dev.vk.com/method/stories.getReplies
 */
export interface StoriesGetRepliesParams {
  /**
   * Story owner ID.
   */
  owner_id: number
  /**
   * Story ID.
   */
  story_id: number
  /**
   * Access key for the private object.
   */
  access_key?: string
  /**
   * '1' - to return additional fields for users and communities. Default value is 0.
   */
  extended?: boolean | 0 | 1
  /**
   * Additional fields to return
   */
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `stories.getStats`.
 *
 * Returns stories available for current user.
 *
 * Docs: https://dev.vk.com/method/stories.getStats
 */
export interface StoriesGetStatsParams {
  /**
   * Story owner ID.
   */
  owner_id: number
  /**
   * Story ID.
   */
  story_id: number
}
/**
 * Parameters of `stories.getVideoUploadServer`.
 *
 * Allows to receive URL for uploading story with video.
 *
 * Docs: https://dev.vk.com/method/stories.getVideoUploadServer
 */
export interface StoriesGetVideoUploadServerParams {
  /**
   * 1 - to add the story to friend's feed.
   */
  add_to_news?: boolean | 0 | 1
  /**
   * List of users IDs who can see the story.
   */
  user_ids?: number[]
  /**
   * ID of the story to reply with the current.
   */
  reply_to_story?: string
  /**
   * Link text (for community's stories only).
   */
  link_text?: StoriesUploadLinkText
  /**
   * Link URL. Internal links on https://vk.com only.
   */
  link_url?: string
  /**
   * ID of the community to upload the story (should be verified or with the "fire" icon).
   */
  group_id?: number
  clickable_stickers?: string
}
/**
 * Parameters of `stories.getViewers`.
 *
 * Returns a list of story viewers.
 *
 * Docs: https://dev.vk.com/method/stories.getViewers
 */
export interface StoriesGetViewersParams {
  /**
   * Story owner ID.
   */
  owner_id?: number
  /**
   * Story ID.
   */
  story_id: number
  /**
   * Maximum number of results.
   */
  count?: number
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: number
  /**
   * '1' - to return detailed information about photos
   */
  extended?: boolean | 0 | 1
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `stories.hideAllReplies`.
 *
 * Hides all replies in the last 24 hours from the user to current user's stories.
 *
 * Docs: https://dev.vk.com/method/stories.hideAllReplies
 */
export interface StoriesHideAllRepliesParams {
  /**
   * ID of the user whose replies should be hidden.
   */
  owner_id: number
  group_id?: number
}
/**
 * Parameters of `stories.hideReply`.
 *
 * Hides the reply to the current user's story.
 *
 * Docs: https://dev.vk.com/method/stories.hideReply
 */
export interface StoriesHideReplyParams {
  /**
   * ID of the user whose replies should be hidden.
   */
  owner_id: number
  /**
   * Story ID.
   */
  story_id: number
}
/**
 * Parameters of `stories.save`.
 *
 * Docs: https://dev.vk.com/method/stories.save
 */
export interface StoriesSaveParams {
  upload_results?: string[]
  upload_results_json?: StoriesUploadResult[] | string
  extended?: boolean | 0 | 1
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `stories.search`.
 *
 * Docs: https://dev.vk.com/method/stories.search
 */
export interface StoriesSearchParams {
  q?: string
  place_id?: number
  latitude?: number
  longitude?: number
  radius?: number
  mentioned_id?: number
  count?: number
  extended?: boolean | 0 | 1
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `stories.sendInteraction`.
 *
 * Docs: https://dev.vk.com/method/stories.sendInteraction
 */
export interface StoriesSendInteractionParams {
  access_key: string
  message?: string
  is_broadcast?: boolean | 0 | 1
  is_anonymous?: boolean | 0 | 1
  unseen_marker?: boolean | 0 | 1
}
/**
 * Parameters of `stories.unbanOwner`.
 *
 * Allows to show stories from hidden sources in current user's feed.
 *
 * Docs: https://dev.vk.com/method/stories.unbanOwner
 */
export interface StoriesUnbanOwnerParams {
  /**
   * List of hidden sources to show stories from.
   */
  owners_ids: number[]
}
/**
 * Parameters of `streaming.getServerUrl`.
 *
 * Allows to receive data for the connection to Streaming API.
 *
 * Docs: https://dev.vk.com/method/streaming.getServerUrl
 */
export interface StreamingGetServerUrlParams {

}
/**
 * Parameters of `streaming.getStats`.
 *
 * Docs: https://dev.vk.com/method/streaming.getStats
 */
export interface StreamingGetStatsParams {
  type?: "prepared" | "received"
  interval?: "1h" | "24h" | "5m"
  start_time?: number
  end_time?: number
}
/**
 * Parameters of `streaming.getStem`.
 *
 * Docs: https://dev.vk.com/method/streaming.getStem
 */
export interface StreamingGetStemParams {
  word: string
}
/**
 * Parameters of `translations.translate`.
 *
 * Docs: https://dev.vk.com/method/translations.translate
 */
export interface TranslationsTranslateParams {
  texts: string[]
  translation_language: string
}
/**
 * Parameters of `users.get`.
 *
 * Returns detailed information on users.
 *
 * Docs: https://dev.vk.com/method/users.get
 */
export interface UsersGetParams {
  /**
   * User IDs or screen names ('screen_name'). By default, current user ID.
   */
  user_ids?: (number | string)[]
  /**
   * Profile fields to return. Sample values: 'nickname', 'screen_name', 'sex', 'bdate' (birthdate), 'city', 'country', 'timezone', 'photo', 'photo_medium', 'photo_big', 'has_mobile', 'contacts', 'education', 'online', 'counters', 'relation', 'last_seen', 'activity', 'can_write_private_message', 'can_see_all_posts', 'can_post', 'universities', 'can_invite_to_chats'
   */
  fields?: UsersFields[]
  /**
   * Case for declension of user name and surname: 'nom' - nominative (default), 'gen' - genitive , 'dat' - dative, 'acc' - accusative , 'ins' - instrumental , 'abl' - prepositional
   */
  name_case?: BaseNameCase
  from_group_id?: number
}
/**
 * Parameters of `users.getFollowers`.
 *
 * Returns a list of IDs of followers of the user in question, sorted by date added, most recent first.
 *
 * Docs: https://dev.vk.com/method/users.getFollowers
 */
export interface UsersGetFollowersParams {
  /**
   * User ID.
   */
  user_id?: number
  /**
   * Offset needed to return a specific subset of followers.
   */
  offset?: number
  /**
   * Number of followers to return.
   */
  count?: number
  /**
   * Profile fields to return. Sample values: 'nickname', 'screen_name', 'sex', 'bdate' (birthdate), 'city', 'country', 'timezone', 'photo', 'photo_medium', 'photo_big', 'has_mobile', 'rate', 'contacts', 'education', 'online'.
   */
  fields?: UsersFields[]
  /**
   * Case for declension of user name and surname: 'nom' - nominative (default), 'gen' - genitive , 'dat' - dative, 'acc' - accusative , 'ins' - instrumental , 'abl' - prepositional
   */
  name_case?: BaseNameCase
}
/**
 * Parameters of `users.getSubscriptions`.
 *
 * Returns a list of IDs of users and communities followed by the user.
 *
 * Docs: https://dev.vk.com/method/users.getSubscriptions
 */
export interface UsersGetSubscriptionsParams {
  /**
   * User ID.
   */
  user_id?: number
  /**
   * '1' - to return a combined list of users and communities, '0' - to return separate lists of users and communities (default)
   */
  extended?: boolean | 0 | 1
  /**
   * Offset needed to return a specific subset of subscriptions.
   */
  offset?: number
  /**
   * Number of users and communities to return.
   */
  count?: number
  fields?: UsersFields[]
}
/**
 * Parameters of `users.report`.
 *
 * Reports (submits a complain about) a user.
 *
 * Docs: https://dev.vk.com/method/users.report
 */
export interface UsersReportParams {
  /**
   * ID of the user about whom a complaint is being made.
   */
  user_id: number
  /**
   * Type of complaint: 'porn' - pornography, 'spam' - spamming, 'insult' - abusive behavior, 'advertisement' - disruptive advertisements
   */
  type: "advertisement" | "advertisment" | "fraud" | "insult" | "porn" | "spam"
  /**
   * Comment describing the complaint.
   */
  comment?: string
}
/**
 * Parameters of `users.search`.
 *
 * Returns a list of users matching the search criteria.
 *
 * Docs: https://dev.vk.com/method/users.search
 */
export interface UsersSearchParams {
  /**
   * Search query string (e.g., 'Vasya Babich').
   */
  q?: string
  /**
   * Sort order: '1' - by date registered, '0' - by rating
   */
  sort?: 0 | 1
  /**
   * Offset needed to return a specific subset of users.
   */
  offset?: number
  /**
   * Number of users to return.
   */
  count?: number
  /**
   * Profile fields to return. Sample values: 'nickname', 'screen_name', 'sex', 'bdate' (birthdate), 'city', 'country', 'timezone', 'photo', 'photo_medium', 'photo_big', 'has_mobile', 'rate', 'contacts', 'education', 'online',
   */
  fields?: UsersFields[]
  /**
   * City ID.
   */
  city?: number
  /**
   * City ID. Use parameter city instead
   */
  city_id?: number
  /**
   * Country ID.
   */
  country?: number
  /**
   * Country ID. Use parameter country instead
   */
  country_id?: number
  /**
   * City name in a string.
   */
  hometown?: string
  /**
   * ID of the country where the user graduated.
   */
  university_country?: number
  /**
   * ID of the institution of higher education.
   */
  university?: number
  /**
   * Year of graduation from an institution of higher education.
   */
  university_year?: number
  /**
   * Faculty ID.
   */
  university_faculty?: number
  /**
   * Chair ID.
   */
  university_chair?: number
  /**
   * '1' - female, '2' - male, '0' - any (default)
   */
  sex?: 0 | 1 | 2
  /**
   * Relationship status: '0' - Not specified, '1' - Not married, '2' - In a relationship, '3' - Engaged, '4' - Married, '5' - It's complicated, '6' - Actively searching, '7' - In love, '8' - In a civil union
   */
  status?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8
  /**
   * Minimum age.
   */
  age_from?: number
  /**
   * Maximum age.
   */
  age_to?: number
  /**
   * Day of birth.
   */
  birth_day?: number
  /**
   * Month of birth.
   */
  birth_month?: number
  /**
   * Year of birth.
   */
  birth_year?: number
  /**
   * '1' - online only, '0' - all users
   */
  online?: boolean | 0 | 1
  /**
   * '1' - with photo only, '0' - all users
   */
  has_photo?: boolean | 0 | 1
  /**
   * ID of the country where users finished school.
   */
  school_country?: number
  /**
   * ID of the city where users finished school.
   */
  school_city?: number
  school_class?: number
  /**
   * ID of the school.
   */
  school?: number
  /**
   * School graduation year.
   */
  school_year?: number
  /**
   * Users' religious affiliation.
   */
  religion?: string
  /**
   * Name of the company where users work.
   */
  company?: string
  /**
   * Job position.
   */
  position?: string
  /**
   * ID of a community to search in communities.
   */
  group_id?: number
  from_list?: string[]
  screen_ref?: string
  from_group_id?: number
}
/**
 * Parameters of `utils.checkLink`.
 *
 * Checks whether a link is blocked in VK.
 *
 * Docs: https://dev.vk.com/method/utils.checkLink
 */
export interface UtilsCheckLinkParams {
  /**
   * Link to check (e.g., 'http://google.com').
   */
  url: string
}
/**
 * Parameters of `utils.deleteFromLastShortened`.
 *
 * Deletes shortened link from user's list.
 *
 * Docs: https://dev.vk.com/method/utils.deleteFromLastShortened
 */
export interface UtilsDeleteFromLastShortenedParams {
  /**
   * Link key (characters after vk.cc/).
   */
  key: string
}
/**
 * Parameters of `utils.getLastShortenedLinks`.
 *
 * Returns a list of user's shortened links.
 *
 * Docs: https://dev.vk.com/method/utils.getLastShortenedLinks
 */
export interface UtilsGetLastShortenedLinksParams {
  /**
   * Number of links to return.
   */
  count?: number
  /**
   * Offset needed to return a specific subset of links.
   */
  offset?: number
}
/**
 * Parameters of `utils.getLinkStats`.
 *
 * Returns stats data for shortened link.
 *
 * Docs: https://dev.vk.com/method/utils.getLinkStats
 */
export interface UtilsGetLinkStatsParams {
  /**
   * Link key (characters after vk.cc/).
   */
  key: string
  /**
   * Source of scope
   */
  source?: "vk_cc" | "vk_link"
  /**
   * Access key for private link stats.
   */
  access_key?: string
  /**
   * Interval.
   */
  interval?: "day" | "forever" | "hour" | "month" | "week"
  /**
   * Number of intervals to return.
   */
  intervals_count?: number
  /**
   * 1 - to return extended stats data (sex, age, geo). 0 - to return views number only.
   */
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `utils.getServerTime`.
 *
 * Returns the current time of the VK server.
 *
 * Docs: https://dev.vk.com/method/utils.getServerTime
 */
export interface UtilsGetServerTimeParams {

}
/**
 * Parameters of `utils.getShortLink`.
 *
 * Allows to receive a link shortened via vk.cc.
 *
 * Docs: https://dev.vk.com/method/utils.getShortLink
 */
export interface UtilsGetShortLinkParams {
  /**
   * URL to be shortened.
   */
  url: string
  /**
   * 1 - private stats, 0 - public stats.
   */
  private?: boolean | 0 | 1
}
/**
 * Parameters of `utils.resolveScreenName`.
 *
 * Detects a type of object (e.g., user, community, application) and its ID by screen name.
 *
 * Docs: https://dev.vk.com/method/utils.resolveScreenName
 */
export interface UtilsResolveScreenNameParams {
  /**
   * Screen name of the user, community (e.g., 'apiclub,' 'andrew', or 'rules_of_war'), or application.
   */
  screen_name: string
}
/**
 * Parameters of `video.add`.
 *
 * Adds a video to a user or community page.
 *
 * Docs: https://dev.vk.com/method/video.add
 */
export interface VideoAddParams {
  /**
   * identifier of a user or community to add a video to. Use a negative value to designate a community ID.
   */
  target_id?: number
  /**
   * Video ID.
   */
  video_id: number
  /**
   * ID of the user or community that owns the video. Use a negative value to designate a community ID.
   */
  owner_id: number
}
/**
 * Parameters of `video.addAlbum`.
 *
 * Creates an empty album for videos.
 *
 * Docs: https://dev.vk.com/method/video.addAlbum
 */
export interface VideoAddAlbumParams {
  /**
   * Community ID (if the album will be created in a community).
   */
  group_id?: number
  /**
   * Album title.
   */
  title?: string
  /**
   * new access permissions for the album. Possible values: , *'0' - all users,, *'1' - friends only,, *'2' - friends and friends of friends,, *'3' - "only me".
   */
  privacy?: ("0" | "1" | "2" | "3")[]
}
/**
 * Parameters of `video.addToAlbum`.
 *
 * Docs: https://dev.vk.com/method/video.addToAlbum
 */
export interface VideoAddToAlbumParams {
  target_id?: number
  album_id?: number
  album_ids?: number[]
  owner_id: number
  video_id: number
}
/**
 * Parameters of `video.createComment`.
 *
 * Adds a new comment on a video.
 *
 * Docs: https://dev.vk.com/method/video.createComment
 */
export interface VideoCreateCommentParams {
  /**
   * ID of the user or community that owns the video.
   */
  owner_id?: number
  /**
   * Video ID.
   */
  video_id: number
  /**
   * New comment text.
   */
  message?: string
  /**
   * List of objects attached to the comment, in the following format: "<owner_id>_<media_id>,<owner_id>_<media_id>", '' - Type of media attachment: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, '<owner_id>' - ID of the media attachment owner. '<media_id>' - Media attachment ID. Example: "photo100172_166443618,photo66748_265827614"
   */
  attachments?: string[]
  /**
   * '1' - to post the comment from a community name (only if 'owner_id'<0)
   */
  from_group?: boolean | 0 | 1
  reply_to_comment?: number
  sticker_id?: number
  guid?: string
  track_code?: string
}
/**
 * Parameters of `video.delete`.
 *
 * Deletes a video from a user or community page.
 *
 * Docs: https://dev.vk.com/method/video.delete
 */
export interface VideoDeleteParams {
  /**
   * Video ID.
   */
  video_id: number
  /**
   * ID of the user or community that owns the video.
   */
  owner_id?: number
  target_id?: number
}
/**
 * Parameters of `video.deleteAlbum`.
 *
 * Deletes a video album.
 *
 * Docs: https://dev.vk.com/method/video.deleteAlbum
 */
export interface VideoDeleteAlbumParams {
  /**
   * Community ID (if the album is owned by a community).
   */
  group_id?: number
  /**
   * Album ID.
   */
  album_id: number
  owner_id?: number
}
/**
 * Parameters of `video.deleteComment`.
 *
 * Deletes a comment on a video.
 *
 * Docs: https://dev.vk.com/method/video.deleteComment
 */
export interface VideoDeleteCommentParams {
  /**
   * ID of the user or community that owns the video.
   */
  owner_id?: number
  /**
   * ID of the comment to be deleted.
   */
  comment_id: number
}
/**
 * Parameters of `video.edit`.
 *
 * Edits information about a video on a user or community page.
 *
 * Docs: https://dev.vk.com/method/video.edit
 */
export interface VideoEditParams {
  /**
   * ID of the user or community that owns the video.
   */
  owner_id?: number
  /**
   * Video ID.
   */
  video_id: number
  /**
   * New video title.
   */
  name?: string
  /**
   * New video description.
   */
  desc?: string
  /**
   * Privacy settings in a [vk.com/dev/privacy_setting|special format]. Privacy setting is available for videos uploaded to own profile by user.
   */
  privacy_view?: string[]
  /**
   * Privacy settings for comments in a [vk.com/dev/privacy_setting|special format].
   */
  privacy_comment?: string[]
  /**
   * Disable comments for the group video.
   */
  no_comments?: boolean | 0 | 1
  /**
   * '1' - to repeat the playback of the video, '0' - to play the video once,
   */
  repeat?: boolean | 0 | 1
  ord_info?: string
}
/**
 * Parameters of `video.editAlbum`.
 *
 * Edits the title of a video album.
 *
 * Docs: https://dev.vk.com/method/video.editAlbum
 */
export interface VideoEditAlbumParams {
  /**
   * Community ID (if the album edited is owned by a community).
   */
  group_id?: number
  /**
   * Album ID.
   */
  album_id: number
  /**
   * New album title.
   */
  title?: string
  /**
   * new access permissions for the album. Possible values: , *'0' - all users,, *'1' - friends only,, *'2' - friends and friends of friends,, *'3' - "only me".
   */
  privacy?: ("0" | "1" | "2" | "3")[]
  owner_id?: number
}
/**
 * Parameters of `video.editComment`.
 *
 * Edits the text of a comment on a video.
 *
 * Docs: https://dev.vk.com/method/video.editComment
 */
export interface VideoEditCommentParams {
  /**
   * ID of the user or community that owns the video.
   */
  owner_id?: number
  /**
   * Comment ID.
   */
  comment_id: number
  /**
   * New comment text.
   */
  message?: string
  /**
   * List of objects attached to the comment, in the following format: "<owner_id>_<media_id>,<owner_id>_<media_id>", '' - Type of media attachment: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, '<owner_id>' - ID of the media attachment owner. '<media_id>' - Media attachment ID. Example: "photo100172_166443618,photo66748_265827614"
   */
  attachments?: string[]
}
/**
 * Parameters of `video.get`.
 *
 * Returns detailed information about videos.
 *
 * Docs: https://dev.vk.com/method/video.get
 */
export interface VideoGetParams {
  /**
   * ID of the user or community that owns the video(s).
   */
  owner_id?: number
  /**
   * Video IDs, in the following format: "<owner_id>_<media_id>,<owner_id>_<media_id>", Use a negative value to designate a community ID. Example: "-4363_136089719,13245770_137352259"
   */
  videos?: string[]
  /**
   * ID of the album containing the video(s).
   */
  album_id?: number
  /**
   * Number of videos to return.
   */
  count?: number
  /**
   * Offset needed to return a specific subset of videos.
   */
  offset?: number
  /**
   * '1' - to return an extended response with additional fields
   */
  extended?: boolean | 0 | 1
  fields?: string[]
  /**
   * Sort order: '0' - newest video first, '1' - oldest video first
   */
  sort_album?: 0 | 1
}
/**
 * Parameters of `video.getAlbumById`.
 *
 * Returns video album info
 *
 * Docs: https://dev.vk.com/method/video.getAlbumById
 */
export interface VideoGetAlbumByIdParams {
  /**
   * identifier of a user or community to add a video to. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Album ID.
   */
  album_id: number
}
/**
 * Parameters of `video.getAlbums`.
 *
 * Returns a list of video albums owned by a user or community.
 *
 * Docs: https://dev.vk.com/method/video.getAlbums
 */
export interface VideoGetAlbumsParams {
  /**
   * ID of the user or community that owns the video album(s).
   */
  owner_id?: number
  /**
   * Offset needed to return a specific subset of video albums.
   */
  offset?: number
  /**
   * Number of video albums to return.
   */
  count?: number
  /**
   * '1' - to return additional information about album privacy settings for the current user
   */
  extended?: boolean | 0 | 1
  need_system?: boolean | 0 | 1
}
/**
 * Parameters of `video.getAlbumsByVideo`.
 *
 * Docs: https://dev.vk.com/method/video.getAlbumsByVideo
 */
export interface VideoGetAlbumsByVideoParams {
  target_id?: number
  owner_id: number
  video_id: number
  extended?: boolean | 0 | 1
}
/**
 * Parameters of `video.getComments`.
 *
 * Returns a list of comments on a video.
 *
 * Docs: https://dev.vk.com/method/video.getComments
 */
export interface VideoGetCommentsParams {
  /**
   * ID of the user or community that owns the video.
   */
  owner_id?: number
  /**
   * Video ID.
   */
  video_id: number
  /**
   * '1' - to return an additional 'likes' field
   */
  need_likes?: boolean | 0 | 1
  start_comment_id?: number
  /**
   * Offset needed to return a specific subset of comments.
   */
  offset?: number
  /**
   * Number of comments to return.
   */
  count?: number
  /**
   * Sort order: 'asc' - oldest comment first, 'desc' - newest comment first
   */
  sort?: "asc" | "desc" | "interest"
  extended?: boolean | 0 | 1
  fields?: string[]
  comment_id?: number
  thread_items_count?: number
}
/**
 * Parameters of `video.getLongPollServer`.
 *
 * Docs: https://dev.vk.com/method/video.getLongPollServer
 */
export interface VideoGetLongPollServerParams {
  owner_id?: number
  video_id: number
}
/**
 * Parameters of `video.getThumbUploadUrl`.
 *
 * Docs: https://dev.vk.com/method/video.getThumbUploadUrl
 */
export interface VideoGetThumbUploadUrlParams {
  owner_id: number
}
/**
 * Parameters of `video.liveGetCategories`.
 *
 * Docs: https://dev.vk.com/method/video.liveGetCategories
 */
export interface VideoLiveGetCategoriesParams {

}
/**
 * Parameters of `video.removeFromAlbum`.
 *
 * Docs: https://dev.vk.com/method/video.removeFromAlbum
 */
export interface VideoRemoveFromAlbumParams {
  target_id?: number
  album_id?: number
  album_ids?: number[]
  owner_id: number
  video_id: number
}
/**
 * Parameters of `video.reorderAlbums`.
 *
 * Reorders the album in the list of user video albums.
 *
 * Docs: https://dev.vk.com/method/video.reorderAlbums
 */
export interface VideoReorderAlbumsParams {
  /**
   * ID of the user or community that owns the albums..
   */
  owner_id?: number
  /**
   * Album ID.
   */
  album_id: number
  /**
   * ID of the album before which the album in question shall be placed.
   */
  before?: number
  /**
   * ID of the album after which the album in question shall be placed.
   */
  after?: number
}
/**
 * Parameters of `video.reorderVideos`.
 *
 * Reorders the video in the video album.
 *
 * Docs: https://dev.vk.com/method/video.reorderVideos
 */
export interface VideoReorderVideosParams {
  /**
   * ID of the user or community that owns the album with videos.
   */
  target_id?: number
  /**
   * ID of the video album.
   */
  album_id?: number
  /**
   * ID of the user or community that owns the video.
   */
  owner_id: number
  /**
   * ID of the video.
   */
  video_id: number
  /**
   * ID of the user or community that owns the video before which the video in question shall be placed.
   */
  before_owner_id?: number
  /**
   * ID of the video before which the video in question shall be placed.
   */
  before_video_id?: number
  /**
   * ID of the user or community that owns the video after which the photo in question shall be placed.
   */
  after_owner_id?: number
  /**
   * ID of the video after which the photo in question shall be placed.
   */
  after_video_id?: number
}
/**
 * Parameters of `video.report`.
 *
 * Reports (submits a complaint about) a video.
 *
 * Docs: https://dev.vk.com/method/video.report
 */
export interface VideoReportParams {
  /**
   * ID of the user or community that owns the video.
   */
  owner_id: number
  /**
   * Video ID.
   */
  video_id: number
  /**
   * Reason for the complaint: '0' - spam, '1' - child pornography, '2' - extremism, '3' - violence, '4' - drug propaganda, '5' - adult material, '6' - insult, abuse
   */
  reason?: 0 | 1 | 2 | 4 | 5 | 6 | 8 | 9 | 10 | 11 | 12 | 13 | 15 | 27 | 41 | 42 | 43 | 101
  /**
   * Comment describing the complaint.
   */
  comment?: string
  /**
   * (If the video was found in search results.) Search query string.
   */
  search_query?: string
}
/**
 * Parameters of `video.reportComment`.
 *
 * Reports (submits a complaint about) a comment on a video.
 *
 * Docs: https://dev.vk.com/method/video.reportComment
 */
export interface VideoReportCommentParams {
  /**
   * ID of the user or community that owns the video.
   */
  owner_id: number
  /**
   * ID of the comment being reported.
   */
  comment_id: number
  /**
   * Reason for the complaint: , 0 - spam , 1 - child pornography , 2 - extremism , 3 - violence , 4 - drug propaganda , 5 - adult material , 6 - insult, abuse
   */
  reason?: 0 | 1 | 2 | 4 | 5 | 6 | 8 | 9 | 10 | 11 | 12 | 13 | 15 | 27 | 41 | 42 | 43 | 101
}
/**
 * Parameters of `video.restore`.
 *
 * Restores a previously deleted video.
 *
 * Docs: https://dev.vk.com/method/video.restore
 */
export interface VideoRestoreParams {
  /**
   * Video ID.
   */
  video_id: number
  /**
   * ID of the user or community that owns the video.
   */
  owner_id?: number
}
/**
 * Parameters of `video.restoreComment`.
 *
 * Restores a previously deleted comment on a video.
 *
 * Docs: https://dev.vk.com/method/video.restoreComment
 */
export interface VideoRestoreCommentParams {
  /**
   * ID of the user or community that owns the video.
   */
  owner_id?: number
  /**
   * ID of the deleted comment.
   */
  comment_id: number
}
/**
 * Parameters of `video.save`.
 *
 * Returns a server address (required for upload) and video data.
 *
 * Docs: https://dev.vk.com/method/video.save
 */
export interface VideoSaveParams {
  /**
   * Name of the video.
   */
  name?: string
  /**
   * Description of the video.
   */
  description?: string
  /**
   * '1' - to designate the video as private (send it via a private message), the video will not appear on the user's video list and will not be available by ID for other users, '0' - not to designate the video as private
   */
  is_private?: boolean | 0 | 1
  /**
   * '1' - to post the saved video on a user's wall, '0' - not to post the saved video on a user's wall
   */
  wallpost?: boolean | 0 | 1
  /**
   * URL for embedding the video from an external website.
   */
  link?: string
  /**
   * ID of the community in which the video will be saved. By default, the current user's page.
   */
  group_id?: number
  /**
   * ID of the album to which the saved video will be added.
   */
  album_id?: number
  privacy_view?: string[]
  privacy_comment?: string[]
  no_comments?: boolean | 0 | 1
  /**
   * '1' - to repeat the playback of the video, '0' - to play the video once,
   */
  repeat?: boolean | 0 | 1
  compression?: boolean | 0 | 1
  ord_info?: string
  auto_publish?: boolean | 0 | 1
}
/**
 * Parameters of `video.saveUploadedThumb`.
 *
 * Docs: https://dev.vk.com/method/video.saveUploadedThumb
 */
export interface VideoSaveUploadedThumbParams {
  owner_id: number
  thumb_json: string
  thumb_size?: string
  random_tag?: string
  /**
   * Video ID.
   */
  video_id?: number
  /**
   * If flag passed uploaded thumb will automatically set to passed video. Work only with video_id.
   */
  set_thumb?: boolean | 0 | 1
}
/**
 * Parameters of `video.search`.
 *
 * Returns a list of videos under the set search criterion.
 *
 * Docs: https://dev.vk.com/method/video.search
 */
export interface VideoSearchParams {
  /**
   * Search query string (e.g., 'The Beatles').
   */
  q?: string
  /**
   * Sort order: '1' - by duration, '2' - by relevance, '0' - by date added
   */
  sort?: 1 | 2 | 0
  /**
   * If not null, only searches for high-definition videos.
   */
  hd?: number
  /**
   * '1' - to disable the Safe Search filter, '0' - to enable the Safe Search filter
   */
  adult?: boolean | 0 | 1
  live?: boolean | 0 | 1
  /**
   * Filters to apply: 'youtube' - return YouTube videos only, 'vimeo' - return Vimeo videos only, 'vk' - return VK videos only, 'short' - return short videos only, 'long' - return long videos only
   */
  filters?: ("long" | "short" | "vimeo" | "vk" | "youtube")[]
  search_own?: boolean | 0 | 1
  /**
   * Offset needed to return a specific subset of videos.
   */
  offset?: number
  longer?: number
  shorter?: number
  /**
   * Number of videos to return.
   */
  count?: number
  extended?: boolean | 0 | 1
  owner_id?: number
  fields?: string[]
}
/**
 * Parameters of `video.startStreaming`.
 *
 * Docs: https://dev.vk.com/method/video.startStreaming
 */
export interface VideoStartStreamingParams {
  video_id?: number
  name?: string
  description?: string
  wallpost?: boolean | 0 | 1
  group_id?: number
  privacy_view?: string[]
  privacy_comment?: string[]
  no_comments?: boolean | 0 | 1
  category_id?: number
  publish?: boolean | 0 | 1
}
/**
 * Parameters of `video.stopStreaming`.
 *
 * Docs: https://dev.vk.com/method/video.stopStreaming
 */
export interface VideoStopStreamingParams {
  group_id?: number
  video_id?: number
}
/**
 * Parameters of `video.unpinComment`.
 *
 * Unpin comment of a video.
 *
 * Docs: https://dev.vk.com/method/video.unpinComment
 */
export interface VideoUnpinCommentParams {
  /**
   * ID of the user or community that owns the video.
   */
  owner_id: number
  comment_id: number
}
/**
 * Parameters of `wall.checkCopyrightLink`.
 *
 * Docs: https://dev.vk.com/method/wall.checkCopyrightLink
 */
export interface WallCheckCopyrightLinkParams {
  link: string
}
/**
 * Parameters of `wall.closeComments`.
 *
 * Docs: https://dev.vk.com/method/wall.closeComments
 */
export interface WallCloseCommentsParams {
  owner_id: number
  post_id: number
}
/**
 * Parameters of `wall.createComment`.
 *
 * Adds a comment to a post on a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.createComment
 */
export interface WallCreateCommentParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Post ID.
   */
  post_id: number
  /**
   * Group ID.
   */
  from_group?: number
  /**
   * (Required if 'attachments' is not set.) Text of the comment.
   */
  message?: string
  /**
   * ID of comment to reply.
   */
  reply_to_comment?: number
  /**
   * (Required if 'message' is not set.) List of media objects attached to the comment, in the following format: "<owner_id>_<media_id>,<owner_id>_<media_id>", '' - Type of media ojbect: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, '<owner_id>' - ID of the media owner. '<media_id>' - Media ID. For example: "photo100172_166443618,photo66748_265827614"
   */
  attachments?: string[]
  /**
   * Sticker ID.
   */
  sticker_id?: number
  /**
   * Unique identifier to avoid repeated comments.
   */
  guid?: string
}
/**
 * Parameters of `wall.delete`.
 *
 * Deletes a post from a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.delete
 */
export interface WallDeleteParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * ID of the post to be deleted.
   */
  post_id?: number
}
/**
 * Parameters of `wall.deleteComment`.
 *
 * Deletes a comment on a post on a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.deleteComment
 */
export interface WallDeleteCommentParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Post ID.
   */
  post_id?: number
  /**
   * Comment ID.
   */
  comment_id: number
}
/**
 * Parameters of `wall.edit`.
 *
 * Edits a post on a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.edit
 */
export interface WallEditParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  post_id: number
  friends_only?: boolean | 0 | 1
  /**
   * (Required if 'attachments' is not set.) Text of the post.
   */
  message?: string
  /**
   * (Required if 'message' is not set.) List of objects attached to the post, in the following format: "<owner_id>_<media_id>,<owner_id>_<media_id>", '' - Type of media attachment: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, '<owner_id>' - ID of the media application owner. '<media_id>' - Media application ID. Example: "photo100172_166443618,photo66748_265827614", May contain a link to an external page to include in the post. Example: "photo66748_265827614,http://habrahabr.ru", "NOTE: If more than one link is being attached, an error is thrown."
   */
  attachments?: string[]
  services?: string
  signed?: boolean | 0 | 1
  publish_date?: number
  lat?: number
  long?: number
  place_id?: number
  mark_as_ads?: boolean | 0 | 1
  close_comments?: boolean | 0 | 1
  donut_paid_duration?: number
  poster_bkg_id?: number
  poster_bkg_owner_id?: number
  poster_bkg_access_hash?: string
  copyright?: string
  /**
   * Topic ID. Allowed values can be obtained from newsfeed.getPostTopics method
   */
  topic_id?: 0 | 1 | 7 | 12 | 16 | 19 | 21 | 23 | 25 | 26 | 32 | 43
}
/**
 * Parameters of `wall.editAdsStealth`.
 *
 * Allows to edit hidden post.
 *
 * Docs: https://dev.vk.com/method/wall.editAdsStealth
 */
export interface WallEditAdsStealthParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Post ID. Used for publishing of scheduled and suggested posts.
   */
  post_id: number
  /**
   * (Required if 'attachments' is not set.) Text of the post.
   */
  message?: string
  /**
   * (Required if 'message' is not set.) List of objects attached to the post, in the following format: "<owner_id>_<media_id>,<owner_id>_<media_id>", '' - Type of media attachment: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, 'page' - wiki-page, 'note' - note, 'poll' - poll, 'album' - photo album, '<owner_id>' - ID of the media application owner. '<media_id>' - Media application ID. Example: "photo100172_166443618,photo66748_265827614", May contain a link to an external page to include in the post. Example: "photo66748_265827614,http://habrahabr.ru", "NOTE: If more than one link is being attached, an error will be thrown."
   */
  attachments?: string[]
  /**
   * Only for posts in communities with 'from_group' set to '1': '1' - post will be signed with the name of the posting user, '0' - post will not be signed (default)
   */
  signed?: boolean | 0 | 1
  /**
   * Geographical latitude of a check-in, in degrees (from -90 to 90).
   */
  lat?: number
  /**
   * Geographical longitude of a check-in, in degrees (from -180 to 180).
   */
  long?: number
  /**
   * ID of the location where the user was tagged.
   */
  place_id?: number
  /**
   * Link button ID
   */
  link_button?: string
  /**
   * Link title
   */
  link_title?: string
  /**
   * Link image url
   */
  link_image?: string
  /**
   * Link video ID in format "<owner_id>_<media_id>"
   */
  link_video?: string
}
/**
 * Parameters of `wall.editComment`.
 *
 * Edits a comment on a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.editComment
 */
export interface WallEditCommentParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Post ID.
   */
  post_id?: number
  /**
   * Comment ID.
   */
  comment_id: number
  /**
   * New comment text.
   */
  message?: string
  /**
   * List of objects attached to the comment, in the following format: , "<owner_id>_<media_id>,<owner_id>_<media_id>", '' - Type of media attachment: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, '<owner_id>' - ID of the media attachment owner. '<media_id>' - Media attachment ID. For example: "photo100172_166443618,photo66748_265827614"
   */
  attachments?: string[]
}
/**
 * Parameters of `wall.get`.
 *
 * Returns a list of posts on a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.get
 */
export interface WallGetParams {
  /**
   * User or community short address.
   */
  domain?: number | string
  /**
   * Offset needed to return a specific subset of posts.
   */
  offset?: number
  /**
   * Number of posts to return (maximum 100).
   */
  count?: number
  filter?: WallGetFilter
  /**
   * '1' - to return 'wall', 'profiles', and 'groups' fields, '0' - to return no additional fields (default)
   */
  extended?: boolean | 0 | 1
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `wall.getById`.
 *
 * Returns a list of posts from user or community walls by their IDs.
 *
 * Docs: https://dev.vk.com/method/wall.getById
 */
export interface WallGetByIdParams {
  /**
   * User or community IDs and post IDs, separated by underscores. Use a negative value to designate a community ID. Example: "93388_21539,93388_20904,2943_4276,-1_1"
   */
  posts: string[]
  /**
   * '1' - to return user and community objects needed to display posts, '0' - no additional fields are returned (default)
   */
  extended?: boolean | 0 | 1
  /**
   * Sets the number of parent elements to include in the array 'copy_history' that is returned if the post is a repost from another wall.
   */
  copy_history_depth?: number
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `wall.getComment`.
 *
 * Returns a comment on a post on a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.getComment
 */
export interface WallGetCommentParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Comment ID.
   */
  comment_id: number
  extended?: boolean | 0 | 1
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `wall.getComments`.
 *
 * Returns a list of comments on a post on a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.getComments
 */
export interface WallGetCommentsParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Post ID.
   */
  post_id?: number
  /**
   * '1' - to return the 'likes' field, '0' - not to return the 'likes' field (default)
   */
  need_likes?: boolean | 0 | 1
  start_comment_id?: number
  /**
   * Offset needed to return a specific subset of comments.
   */
  offset?: number
  /**
   * Number of comments to return (maximum 100).
   */
  count?: number
  /**
   * Sort order: 'asc' - chronological, 'desc' - reverse chronological
   */
  sort?: "asc" | "desc" | "smart"
  /**
   * Number of characters at which to truncate comments when previewed. By default, '90'. Specify '0' if you do not want to truncate comments.
   */
  preview_length?: number
  extended?: boolean | 0 | 1
  fields?: BaseUserGroupFields[]
  /**
   * Comment ID.
   */
  comment_id?: number
  /**
   * Count items in threads.
   */
  thread_items_count?: number
}
/**
 * Parameters of `wall.getReposts`.
 *
 * Returns information about reposts of a post on user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.getReposts
 */
export interface WallGetRepostsParams {
  /**
   * User ID or community ID. By default, current user ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Post ID.
   */
  post_id?: number
  /**
   * Offset needed to return a specific subset of reposts.
   */
  offset?: number
  /**
   * Number of reposts to return.
   */
  count?: number
}
/**
 * Parameters of `wall.openComments`.
 *
 * Docs: https://dev.vk.com/method/wall.openComments
 */
export interface WallOpenCommentsParams {
  owner_id: number
  post_id: number
}
/**
 * Parameters of `wall.parseAttachedLink`.
 *
 * Docs: https://dev.vk.com/method/wall.parseAttachedLink
 */
export interface WallParseAttachedLinkParams {
  links: ({ [key: string]: unknown }[] | string)
  extended?: boolean | 0 | 1
  fields?: string[]
  name_case?: BaseNameCase
}
/**
 * Parameters of `wall.pin`.
 *
 * Pins the post on wall.
 *
 * Docs: https://dev.vk.com/method/wall.pin
 */
export interface WallPinParams {
  /**
   * ID of the user or community that owns the wall. By default, current user ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Post ID.
   */
  post_id: number
}
/**
 * Parameters of `wall.post`.
 *
 * Adds a new post on a user wall or community wall. Can also be used to publish suggested or scheduled posts.
 *
 * Docs: https://dev.vk.com/method/wall.post
 */
export interface WallPostParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * '1' - post will be available to friends only, '0' - post will be available to all users (default)
   */
  friends_only?: boolean | 0 | 1
  /**
   * For a community: '1' - post will be published by the community, '0' - post will be published by the user (default)
   */
  from_group?: boolean | 0 | 1
  /**
   * (Required if 'attachments' is not set.) Text of the post.
   */
  message?: string
  /**
   * (Required if 'message' is not set.) List of objects attached to the post, in the following format: "<owner_id>_<media_id>,<owner_id>_<media_id>", '' - Type of media attachment: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, 'page' - wiki-page, 'note' - note, 'poll' - poll, 'album' - photo album, '<owner_id>' - ID of the media application owner. '<media_id>' - Media application ID. Example: "photo100172_166443618,photo66748_265827614", May contain a link to an external page to include in the post. Example: "photo66748_265827614,http://habrahabr.ru", "NOTE: If more than one link is being attached, an error will be thrown."
   */
  attachments?: string[]
  /**
   * List of services or websites the update will be exported to, if the user has so requested. Sample values: 'twitter', 'facebook'.
   */
  services?: string
  /**
   * Only for posts in communities with 'from_group' set to '1': '1' - post will be signed with the name of the posting user, '0' - post will not be signed (default)
   */
  signed?: boolean | 0 | 1
  /**
   * Publication date (in Unix time). If used, posting will be delayed until the set time.
   */
  publish_date?: number
  /**
   * Geographical latitude of a check-in, in degrees (from -90 to 90).
   */
  lat?: number
  /**
   * Geographical longitude of a check-in, in degrees (from -180 to 180).
   */
  long?: number
  /**
   * ID of the location where the user was tagged.
   */
  place_id?: number
  /**
   * Post ID. Used for publishing of scheduled and suggested posts.
   */
  post_id?: number
  guid?: string
  mark_as_ads?: boolean | 0 | 1
  link_title?: string
  link_photo_id?: string
  close_comments?: boolean | 0 | 1
  donut_paid_duration?: number
  mute_notifications?: boolean | 0 | 1
  copyright?: string
}
/**
 * Parameters of `wall.postAdsStealth`.
 *
 * Allows to create hidden post which will not be shown on the community's wall and can be used for creating an ad with type "Community post".
 *
 * Docs: https://dev.vk.com/method/wall.postAdsStealth
 */
export interface WallPostAdsStealthParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id: number
  /**
   * (Required if 'attachments' is not set.) Text of the post.
   */
  message?: string
  /**
   * (Required if 'message' is not set.) List of objects attached to the post, in the following format: "<owner_id>_<media_id>,<owner_id>_<media_id>", '' - Type of media attachment: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, 'page' - wiki-page, 'note' - note, 'poll' - poll, 'album' - photo album, '<owner_id>' - ID of the media application owner. '<media_id>' - Media application ID. Example: "photo100172_166443618,photo66748_265827614", May contain a link to an external page to include in the post. Example: "photo66748_265827614,http://habrahabr.ru", "NOTE: If more than one link is being attached, an error will be thrown."
   */
  attachments?: string[]
  /**
   * Only for posts in communities with 'from_group' set to '1': '1' - post will be signed with the name of the posting user, '0' - post will not be signed (default)
   */
  signed?: boolean | 0 | 1
  /**
   * Geographical latitude of a check-in, in degrees (from -90 to 90).
   */
  lat?: number
  /**
   * Geographical longitude of a check-in, in degrees (from -180 to 180).
   */
  long?: number
  /**
   * ID of the location where the user was tagged.
   */
  place_id?: number
  /**
   * Unique identifier to avoid duplication the same post.
   */
  guid?: string
  /**
   * Link button ID
   */
  link_button?: string
  /**
   * Link title
   */
  link_title?: string
  /**
   * Link image url
   */
  link_image?: string
  /**
   * Link video ID in format "<owner_id>_<media_id>"
   */
  link_video?: string
}
/**
 * Parameters of `wall.reportComment`.
 *
 * Reports (submits a complaint about) a comment on a post on a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.reportComment
 */
export interface WallReportCommentParams {
  /**
   * ID of the user or community that owns the wall.
   */
  owner_id: number
  /**
   * Comment ID.
   */
  comment_id: number
  /**
   * Reason for the complaint: '0' - spam, '1' - child pornography, '2' - extremism, '3' - violence, '4' - drug propaganda, '5' - adult material, '6' - insult, abuse
   */
  reason: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 8 | 11
}
/**
 * Parameters of `wall.reportPost`.
 *
 * Reports (submits a complaint about) a post on a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.reportPost
 */
export interface WallReportPostParams {
  /**
   * ID of the user or community that owns the wall.
   */
  owner_id: number
  /**
   * Post ID.
   */
  post_id: number
  /**
   * Reason for the complaint: '0' - spam, '1' - child pornography, '2' - extremism, '3' - violence, '4' - drug propaganda, '5' - adult material, '6' - insult, abuse
   */
  reason: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 8 | 11
}
/**
 * Parameters of `wall.repost`.
 *
 * Reposts (copies) an object to a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.repost
 */
export interface WallRepostParams {
  /**
   * ID of the object to be reposted on the wall. Example: "wall66748_3675"
   */
  object: string
  /**
   * Comment to be added along with the reposted object.
   */
  message?: string
  /**
   * Target community ID when reposting to a community.
   */
  group_id?: number
  mark_as_ads?: boolean | 0 | 1
  mute_notifications?: boolean | 0 | 1
}
/**
 * Parameters of `wall.restore`.
 *
 * Restores a post deleted from a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.restore
 */
export interface WallRestoreParams {
  /**
   * User ID or community ID from whose wall the post was deleted. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * ID of the post to be restored.
   */
  post_id?: number
}
/**
 * Parameters of `wall.restoreComment`.
 *
 * Restores a comment deleted from a user wall or community wall.
 *
 * Docs: https://dev.vk.com/method/wall.restoreComment
 */
export interface WallRestoreCommentParams {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Comment ID.
   */
  comment_id: number
}
/**
 * Parameters of `wall.search`.
 *
 * Allows to search posts on user or community walls.
 *
 * Docs: https://dev.vk.com/method/wall.search
 */
export interface WallSearchParams {
  /**
   * user or community screen name.
   */
  domain?: number | string
  /**
   * search query string.
   */
  query?: string
  /**
   * '1' - returns only page owner's posts.
   */
  owners_only?: boolean | 0 | 1
  /**
   * count of posts to return.
   */
  count?: number
  /**
   * Offset needed to return a specific subset of posts.
   */
  offset?: number
  /**
   * show extended post info.
   */
  extended?: boolean | 0 | 1
  fields?: BaseUserGroupFields[]
}
/**
 * Parameters of `wall.unpin`.
 *
 * Unpins the post on wall.
 *
 * Docs: https://dev.vk.com/method/wall.unpin
 */
export interface WallUnpinParams {
  /**
   * ID of the user or community that owns the wall. By default, current user ID. Use a negative value to designate a community ID.
   */
  owner_id?: number
  /**
   * Post ID.
   */
  post_id: number
}
/**
 * Parameters of `widgets.getComments`.
 *
 * Gets a list of comments for the page added through the [vk.com/dev/Comments|Comments widget].
 *
 * Docs: https://dev.vk.com/method/widgets.getComments
 */
export interface WidgetsGetCommentsParams {
  widget_api_id?: number
  url?: string
  page_id?: string
  order?: string
  fields?: UsersFields[]
  offset?: number
  count?: number
}
/**
 * Parameters of `widgets.getPages`.
 *
 * Gets a list of application/site pages where the [vk.com/dev/Comments|Comments widget] or [vk.com/dev/Like|Like widget] is installed.
 *
 * Docs: https://dev.vk.com/method/widgets.getPages
 */
export interface WidgetsGetPagesParams {
  widget_api_id?: number
  order?: string
  period?: string
  offset?: number
  count?: number
}
