// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@0efe478fc1011bc167fd389dd1dc36efc883de02 (API 5.199), with the patches in schema/patches/.
// Contents: the client method interfaces, one per namespace.
/* eslint-disable */
import type * as T from './types.gen.js';
import type { ApiResponse } from '../select.js';

/**
 * Params of `messages.send` as API clients take them: `random_id` may be left out.
 */
export interface MessagesSendCallParams extends Omit<T.MessagesSendParams, "random_id"> {
  /**
   * Unique (per sender) ID that keeps VK from sending the message twice. Left out, the client fills in a random one.
   */
  random_id?: T.MessagesSendParams["random_id"];
}

/**
 * The `account.*` methods. `O` is the client's per-call options type.
 */
export interface ApiAccountNamespace<O> {
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#ban
   * @see https://dev.vk.com/method/account.ban
   */
  ban(params?: T.AccountBanParams, options?: O): Promise<T.AccountBanResponse>;
  /**
   * Changes a user password after access is successfully restored with the [vk.com/dev/auth.restore|auth.restore] method.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#changePassword
   * @see https://dev.vk.com/method/account.changePassword
   */
  changePassword(params: T.AccountChangePasswordParams, options?: O): Promise<T.AccountChangePasswordResponse>;
  /**
   * Returns a list of active ads (offers) which executed by the user will bring him/her respective number of votes to his balance in the application.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#getActiveOffers
   * @see https://dev.vk.com/method/account.getActiveOffers
   */
  getActiveOffers(params?: T.AccountGetActiveOffersParams, options?: O): Promise<T.AccountGetActiveOffersResponse>;
  /**
   * Gets settings of the user in this application.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#getAppPermissions
   * @see https://dev.vk.com/method/account.getAppPermissions
   */
  getAppPermissions(params?: T.AccountGetAppPermissionsParams, options?: O): Promise<T.AccountGetAppPermissionsResponse>;
  /**
   * Returns a user's blacklist.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#getBanned
   * @see https://dev.vk.com/method/account.getBanned
   */
  getBanned(params?: T.AccountGetBannedParams, options?: O): Promise<T.AccountGetBannedResponse>;
  /**
   * Returns non-null values of user counters.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#getCounters
   * @see https://dev.vk.com/method/account.getCounters
   */
  getCounters(params?: T.AccountGetCountersParams, options?: O): Promise<T.AccountGetCountersResponse>;
  /**
   * Returns current account info.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#getInfo
   * @see https://dev.vk.com/method/account.getInfo
   */
  getInfo(params?: T.AccountGetInfoParams, options?: O): Promise<T.AccountGetInfoResponse>;
  /**
   * Returns the current account info.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#getProfileInfo
   * @see https://dev.vk.com/method/account.getProfileInfo
   */
  getProfileInfo(params?: T.AccountGetProfileInfoParams, options?: O): Promise<T.AccountGetProfileInfoResponse>;
  /**
   * Gets settings of push notifications.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#getPushSettings
   * @see https://dev.vk.com/method/account.getPushSettings
   */
  getPushSettings(params?: T.AccountGetPushSettingsParams, options?: O): Promise<T.AccountGetPushSettingsResponse>;
  /**
   * Subscribes an iOS/Android/Windows Phone-based device to receive push notifications
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#registerDevice
   * @see https://dev.vk.com/method/account.registerDevice
   */
  registerDevice(params: T.AccountRegisterDeviceParams, options?: O): Promise<T.AccountRegisterDeviceResponse>;
  /**
   * Edits current profile info.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1260 `api_error_invalid_address`: Invalid screen name
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#saveProfileInfo
   * @see https://dev.vk.com/method/account.saveProfileInfo
   */
  saveProfileInfo(params?: T.AccountSaveProfileInfoParams, options?: O): Promise<T.AccountSaveProfileInfoResponse>;
  /**
   * Allows to edit the current account info.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#setInfo
   * @see https://dev.vk.com/method/account.setInfo
   */
  setInfo(params?: T.AccountSetInfoParams, options?: O): Promise<T.AccountSetInfoResponse>;
  /**
   * Marks a current user as offline.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#setOffline
   * @see https://dev.vk.com/method/account.setOffline
   */
  setOffline(params?: T.AccountSetOfflineParams, options?: O): Promise<T.AccountSetOfflineResponse>;
  /**
   * Marks the current user as online for 15 minutes.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#setOnline
   * @see https://dev.vk.com/method/account.setOnline
   */
  setOnline(params?: T.AccountSetOnlineParams, options?: O): Promise<T.AccountSetOnlineResponse>;
  /**
   * Change push settings.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#setPushSettings
   * @see https://dev.vk.com/method/account.setPushSettings
   */
  setPushSettings(params: T.AccountSetPushSettingsParams, options?: O): Promise<T.AccountSetPushSettingsResponse>;
  /**
   * Mutes push notifications for the set period of time.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#setSilenceMode
   * @see https://dev.vk.com/method/account.setSilenceMode
   */
  setSilenceMode(params?: T.AccountSetSilenceModeParams, options?: O): Promise<T.AccountSetSilenceModeResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#unban
   * @see https://dev.vk.com/method/account.unban
   */
  unban(params?: T.AccountUnbanParams, options?: O): Promise<T.AccountUnbanResponse>;
  /**
   * Unsubscribes a device from push notifications.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/account.html#unregisterDevice
   * @see https://dev.vk.com/method/account.unregisterDevice
   */
  unregisterDevice(params?: T.AccountUnregisterDeviceParams, options?: O): Promise<T.AccountUnregisterDeviceResponse>;
}

/**
 * The `ads.*` methods. `O` is the client's per-call options type.
 */
export interface ApiAdsNamespace<O> {
  /**
   * Adds managers and/or supervisors to advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#addOfficeUsers
   * @see https://dev.vk.com/method/ads.addOfficeUsers
   */
  addOfficeUsers(params: T.AdsAddOfficeUsersParams, options?: O): Promise<T.AdsAddOfficeUsersResponse>;
  /**
   * Allows to check the ad link.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#checkLink
   * @see https://dev.vk.com/method/ads.checkLink
   */
  checkLink(params: T.AdsCheckLinkParams, options?: O): Promise<T.AdsCheckLinkResponse>;
  /**
   * Creates ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#createAds
   * @see https://dev.vk.com/method/ads.createAds
   */
  createAds(params: T.AdsCreateAdsParams, options?: O): Promise<T.AdsCreateAdsResponse>;
  /**
   * Creates advertising campaigns.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#createCampaigns
   * @see https://dev.vk.com/method/ads.createCampaigns
   */
  createCampaigns(params: T.AdsCreateCampaignsParams, options?: O): Promise<T.AdsCreateCampaignsResponse>;
  /**
   * Creates clients of an advertising agency.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#createClients
   * @see https://dev.vk.com/method/ads.createClients
   */
  createClients(params: T.AdsCreateClientsParams, options?: O): Promise<T.AdsCreateClientsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   * - 630 `api_error_ads_lookalike_request_already_in_progress`: Lookalike request with same source already in progress
   * - 631 `api_error_ads_lookalike_request_max_count_per_day_reached`: Max count of lookalike requests per day reached
   * - 633 `api_error_ads_lookalike_request_audience_too_large`: Given audience is too large
   * - 632 `api_error_ads_lookalike_request_audience_too_small`: Given audience is too small
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#createLookalikeRequest
   * @see https://dev.vk.com/method/ads.createLookalikeRequest
   */
  createLookalikeRequest(params: T.AdsCreateLookalikeRequestParams, options?: O): Promise<T.AdsCreateLookalikeRequestResponse>;
  /**
   * Creates a group to re-target ads for users who visited advertiser's site (viewed information about the product, registered, etc.).
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#createTargetGroup
   * @see https://dev.vk.com/method/ads.createTargetGroup
   */
  createTargetGroup(params: T.AdsCreateTargetGroupParams, options?: O): Promise<T.AdsCreateTargetGroupResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#createTargetPixel
   * @see https://dev.vk.com/method/ads.createTargetPixel
   */
  createTargetPixel(params: T.AdsCreateTargetPixelParams, options?: O): Promise<T.AdsCreateTargetPixelResponse>;
  /**
   * Archives ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 629 `api_error_ads_object_deleted`: Object deleted
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#deleteAds
   * @see https://dev.vk.com/method/ads.deleteAds
   */
  deleteAds(params: T.AdsDeleteAdsParams, options?: O): Promise<T.AdsDeleteAdsResponse>;
  /**
   * Archives advertising campaigns.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 629 `api_error_ads_object_deleted`: Object deleted
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#deleteCampaigns
   * @see https://dev.vk.com/method/ads.deleteCampaigns
   */
  deleteCampaigns(params: T.AdsDeleteCampaignsParams, options?: O): Promise<T.AdsDeleteCampaignsResponse>;
  /**
   * Archives clients of an advertising agency.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 629 `api_error_ads_object_deleted`: Object deleted
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#deleteClients
   * @see https://dev.vk.com/method/ads.deleteClients
   */
  deleteClients(params: T.AdsDeleteClientsParams, options?: O): Promise<T.AdsDeleteClientsResponse>;
  /**
   * Deletes a retarget group.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#deleteTargetGroup
   * @see https://dev.vk.com/method/ads.deleteTargetGroup
   */
  deleteTargetGroup(params: T.AdsDeleteTargetGroupParams, options?: O): Promise<T.AdsDeleteTargetGroupResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#deleteTargetPixel
   * @see https://dev.vk.com/method/ads.deleteTargetPixel
   */
  deleteTargetPixel(params: T.AdsDeleteTargetPixelParams, options?: O): Promise<T.AdsDeleteTargetPixelResponse>;
  /**
   * Returns a list of advertising accounts.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getAccounts
   * @see https://dev.vk.com/method/ads.getAccounts
   */
  getAccounts(params?: T.AdsGetAccountsParams, options?: O): Promise<T.AdsGetAccountsResponse>;
  /**
   * Returns number of ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getAds
   * @see https://dev.vk.com/method/ads.getAds
   */
  getAds(params: T.AdsGetAdsParams, options?: O): Promise<T.AdsGetAdsResponse>;
  /**
   * Returns descriptions of ad layouts.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getAdsLayout
   * @see https://dev.vk.com/method/ads.getAdsLayout
   */
  getAdsLayout(params: T.AdsGetAdsLayoutParams, options?: O): Promise<T.AdsGetAdsLayoutResponse>;
  /**
   * Returns ad targeting parameters.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getAdsTargeting
   * @see https://dev.vk.com/method/ads.getAdsTargeting
   */
  getAdsTargeting(params: T.AdsGetAdsTargetingParams, options?: O): Promise<T.AdsGetAdsTargetingResponse>;
  /**
   * Returns current budget of the advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getBudget
   * @see https://dev.vk.com/method/ads.getBudget
   */
  getBudget(params: T.AdsGetBudgetParams, options?: O): Promise<T.AdsGetBudgetResponse>;
  /**
   * Returns a list of campaigns in an advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getCampaigns
   * @see https://dev.vk.com/method/ads.getCampaigns
   */
  getCampaigns(params: T.AdsGetCampaignsParams, options?: O): Promise<T.AdsGetCampaignsResponse>;
  /**
   * Returns a list of possible ad categories.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getCategories
   * @see https://dev.vk.com/method/ads.getCategories
   */
  getCategories(params?: T.AdsGetCategoriesParams, options?: O): Promise<T.AdsGetCategoriesResponse>;
  /**
   * Returns a list of advertising agency's clients.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getClients
   * @see https://dev.vk.com/method/ads.getClients
   */
  getClients(params: T.AdsGetClientsParams, options?: O): Promise<T.AdsGetClientsResponse>;
  /**
   * Returns demographics for ads or campaigns.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getDemographics
   * @see https://dev.vk.com/method/ads.getDemographics
   */
  getDemographics(params: T.AdsGetDemographicsParams, options?: O): Promise<T.AdsGetDemographicsResponse>;
  /**
   * Returns information about current state of a counter - number of remaining runs of methods and time to the next counter nulling in seconds.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getFloodStats
   * @see https://dev.vk.com/method/ads.getFloodStats
   */
  getFloodStats(params: T.AdsGetFloodStatsParams, options?: O): Promise<T.AdsGetFloodStatsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getLookalikeRequests
   * @see https://dev.vk.com/method/ads.getLookalikeRequests
   */
  getLookalikeRequests(params: T.AdsGetLookalikeRequestsParams, options?: O): Promise<T.AdsGetLookalikeRequestsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getMusicians
   * @see https://dev.vk.com/method/ads.getMusicians
   */
  getMusicians(params: T.AdsGetMusiciansParams, options?: O): Promise<T.AdsGetMusiciansResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getMusiciansByIds
   * @see https://dev.vk.com/method/ads.getMusiciansByIds
   */
  getMusiciansByIds(params: T.AdsGetMusiciansByIdsParams, options?: O): Promise<T.AdsGetMusiciansByIdsResponse>;
  /**
   * Returns a list of managers and supervisors of advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getOfficeUsers
   * @see https://dev.vk.com/method/ads.getOfficeUsers
   */
  getOfficeUsers(params: T.AdsGetOfficeUsersParams, options?: O): Promise<T.AdsGetOfficeUsersResponse>;
  /**
   * Returns detailed statistics of promoted posts reach from campaigns and ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getPostsReach
   * @see https://dev.vk.com/method/ads.getPostsReach
   */
  getPostsReach(params: T.AdsGetPostsReachParams, options?: O): Promise<T.AdsGetPostsReachResponse>;
  /**
   * Returns a reason of ad rejection for pre-moderation.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getRejectionReason
   * @see https://dev.vk.com/method/ads.getRejectionReason
   */
  getRejectionReason(params: T.AdsGetRejectionReasonParams, options?: O): Promise<T.AdsGetRejectionReasonResponse>;
  /**
   * Returns statistics of performance indicators for ads, campaigns, clients or the whole account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getStatistics
   * @see https://dev.vk.com/method/ads.getStatistics
   */
  getStatistics(params: T.AdsGetStatisticsParams, options?: O): Promise<T.AdsGetStatisticsResponse>;
  /**
   * Returns a set of auto-suggestions for various targeting parameters.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getSuggestions
   * @see https://dev.vk.com/method/ads.getSuggestions
   */
  getSuggestions<Section extends T.AdsGetSuggestionsParams["section"]>(params: T.AdsGetSuggestionsParams & { section: Section }, options?: O): Promise<ApiResponse<"ads.getSuggestions", { section: Section }>>;
  /**
   * Returns a list of target groups.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getTargetGroups
   * @see https://dev.vk.com/method/ads.getTargetGroups
   */
  getTargetGroups(params: T.AdsGetTargetGroupsParams, options?: O): Promise<T.AdsGetTargetGroupsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getTargetPixels
   * @see https://dev.vk.com/method/ads.getTargetPixels
   */
  getTargetPixels(params: T.AdsGetTargetPixelsParams, options?: O): Promise<T.AdsGetTargetPixelsResponse>;
  /**
   * Returns the size of targeting audience, and also recommended values for CPC and CPM.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getTargetingStats
   * @see https://dev.vk.com/method/ads.getTargetingStats
   */
  getTargetingStats(params: T.AdsGetTargetingStatsParams, options?: O): Promise<T.AdsGetTargetingStatsResponse>;
  /**
   * Returns URL to upload an ad photo to.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getUploadURL
   * @see https://dev.vk.com/method/ads.getUploadURL
   */
  getUploadURL(params: T.AdsGetUploadURLParams, options?: O): Promise<T.AdsGetUploadURLResponse>;
  /**
   * Returns URL to upload an ad video to.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#getVideoUploadURL
   * @see https://dev.vk.com/method/ads.getVideoUploadURL
   */
  getVideoUploadURL(params?: T.AdsGetVideoUploadURLParams, options?: O): Promise<T.AdsGetVideoUploadURLResponse>;
  /**
   * Imports a list of advertiser's contacts to count VK registered users against the target group.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#importTargetContacts
   * @see https://dev.vk.com/method/ads.importTargetContacts
   */
  importTargetContacts(params: T.AdsImportTargetContactsParams, options?: O): Promise<T.AdsImportTargetContactsResponse>;
  /**
   * Removes managers and/or supervisors from advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#removeOfficeUsers
   * @see https://dev.vk.com/method/ads.removeOfficeUsers
   */
  removeOfficeUsers(params: T.AdsRemoveOfficeUsersParams, options?: O): Promise<T.AdsRemoveOfficeUsersResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#removeTargetContacts
   * @see https://dev.vk.com/method/ads.removeTargetContacts
   */
  removeTargetContacts(params: T.AdsRemoveTargetContactsParams, options?: O): Promise<T.AdsRemoveTargetContactsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   * - 634 `api_error_ads_lookalike_request_export_already_in_progress`: Lookalike request audience save already in progress
   * - 635 `api_error_ads_lookalike_request_export_max_count_per_day_reached`: Max count of lookalike request audience saves per day reached
   * - 636 `api_error_ads_lookalike_request_export_retargeting_group_limit`: Max count of retargeting groups reached
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#saveLookalikeRequestResult
   * @see https://dev.vk.com/method/ads.saveLookalikeRequestResult
   */
  saveLookalikeRequestResult(params: T.AdsSaveLookalikeRequestResultParams, options?: O): Promise<T.AdsSaveLookalikeRequestResultResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#shareTargetGroup
   * @see https://dev.vk.com/method/ads.shareTargetGroup
   */
  shareTargetGroup(params: T.AdsShareTargetGroupParams, options?: O): Promise<T.AdsShareTargetGroupResponse>;
  /**
   * Edits ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#updateAds
   * @see https://dev.vk.com/method/ads.updateAds
   */
  updateAds(params: T.AdsUpdateAdsParams, options?: O): Promise<T.AdsUpdateAdsResponse>;
  /**
   * Edits advertising campaigns.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#updateCampaigns
   * @see https://dev.vk.com/method/ads.updateCampaigns
   */
  updateCampaigns(params: T.AdsUpdateCampaignsParams, options?: O): Promise<T.AdsUpdateCampaignsResponse>;
  /**
   * Edits clients of an advertising agency.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#updateClients
   * @see https://dev.vk.com/method/ads.updateClients
   */
  updateClients(params: T.AdsUpdateClientsParams, options?: O): Promise<T.AdsUpdateClientsResponse>;
  /**
   * Adds managers and/or supervisors to advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#updateOfficeUsers
   * @see https://dev.vk.com/method/ads.updateOfficeUsers
   */
  updateOfficeUsers(params: T.AdsUpdateOfficeUsersParams, options?: O): Promise<T.AdsUpdateOfficeUsersResponse>;
  /**
   * Edits a retarget group.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#updateTargetGroup
   * @see https://dev.vk.com/method/ads.updateTargetGroup
   */
  updateTargetGroup(params: T.AdsUpdateTargetGroupParams, options?: O): Promise<T.AdsUpdateTargetGroupResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * Guide: https://vkts.github.io/vkts/api/ads.html#updateTargetPixel
   * @see https://dev.vk.com/method/ads.updateTargetPixel
   */
  updateTargetPixel(params: T.AdsUpdateTargetPixelParams, options?: O): Promise<T.AdsUpdateTargetPixelResponse>;
}

/**
 * The `appWidgets.*` methods. `O` is the client's per-call options type.
 */
export interface ApiAppWidgetsNamespace<O> {
  /**
   * Returns a URL for uploading a photo to the community collection for community app widgets
   *
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#getAppImageUploadServer
   * @see https://dev.vk.com/method/appWidgets.getAppImageUploadServer
   */
  getAppImageUploadServer(params: T.AppWidgetsGetAppImageUploadServerParams, options?: O): Promise<T.AppWidgetsGetAppImageUploadServerResponse>;
  /**
   * Returns an app collection of images for community app widgets
   *
   * Token types: user, group, service.
   *
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#getAppImages
   * @see https://dev.vk.com/method/appWidgets.getAppImages
   */
  getAppImages(params?: T.AppWidgetsGetAppImagesParams, options?: O): Promise<T.AppWidgetsGetAppImagesResponse>;
  /**
   * Returns a URL for uploading a photo to the community collection for community app widgets
   *
   * Token types: group.
   *
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#getGroupImageUploadServer
   * @see https://dev.vk.com/method/appWidgets.getGroupImageUploadServer
   */
  getGroupImageUploadServer(params: T.AppWidgetsGetGroupImageUploadServerParams, options?: O): Promise<T.AppWidgetsGetGroupImageUploadServerResponse>;
  /**
   * Returns a community collection of images for community app widgets
   *
   * Token types: group.
   *
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#getGroupImages
   * @see https://dev.vk.com/method/appWidgets.getGroupImages
   */
  getGroupImages(params?: T.AppWidgetsGetGroupImagesParams, options?: O): Promise<T.AppWidgetsGetGroupImagesResponse>;
  /**
   * Returns an image for community app widgets by its ID
   *
   * Token types: user, group, service.
   *
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#getImagesById
   * @see https://dev.vk.com/method/appWidgets.getImagesById
   */
  getImagesById(params: T.AppWidgetsGetImagesByIdParams, options?: O): Promise<T.AppWidgetsGetImagesByIdResponse>;
  /**
   * Allows to save image into app collection for community app widgets
   *
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   *
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#saveAppImage
   * @see https://dev.vk.com/method/appWidgets.saveAppImage
   */
  saveAppImage(params: T.AppWidgetsSaveAppImageParams, options?: O): Promise<T.AppWidgetsSaveAppImageResponse>;
  /**
   * Allows to save image into community collection for community app widgets
   *
   * Token types: group.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   *
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#saveGroupImage
   * @see https://dev.vk.com/method/appWidgets.saveGroupImage
   */
  saveGroupImage(params: T.AppWidgetsSaveGroupImageParams, options?: O): Promise<T.AppWidgetsSaveGroupImageResponse>;
  /**
   * Allows to update community app widget
   *
   * Token types: group.
   *
   * Errors (besides the global ones):
   * - 12 `api_error_compile`: Unable to compile code
   * - 19 `api_error_blocked`: Content blocked
   * - 210 `api_error_wall_access_post`: Access to wall's post denied
   * - 212 `api_error_wall_access_replies`: Access to post comments denied
   * - 125 `api_error_param_group_id`: Invalid group id
   *
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#update
   * @see https://dev.vk.com/method/appWidgets.update
   */
  update(params: T.AppWidgetsUpdateParams, options?: O): Promise<T.AppWidgetsUpdateResponse>;
}

/**
 * The `apps.*` methods. `O` is the client's per-call options type.
 */
export interface ApiAppsNamespace<O> {
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 11003 `api_error_apps_empty_filter_params`: Empty filter params
   * - 11004 `api_error_apps_empty_snippet_data`: Empty snippet data
   * - 11005 `api_error_apps_too_many_snippets`: Too many snippets
   * - 11006 `api_error_apps_not_found_snippet`: Not found snippet
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#addSnippet
   * @see https://dev.vk.com/method/apps.addSnippet
   */
  addSnippet(params?: T.AppsAddSnippetParams, options?: O): Promise<T.AppsAddSnippetResponse>;
  /**
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#addUsersToTestingGroup
   * @see https://dev.vk.com/method/apps.addUsersToTestingGroup
   */
  addUsersToTestingGroup(params: T.AppsAddUsersToTestingGroupParams, options?: O): Promise<T.AppsAddUsersToTestingGroupResponse>;
  /**
   * Deletes all request notifications from the current app.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#deleteAppRequests
   * @see https://dev.vk.com/method/apps.deleteAppRequests
   */
  deleteAppRequests(params?: T.AppsDeleteAppRequestsParams, options?: O): Promise<T.AppsDeleteAppRequestsResponse>;
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 11006 `api_error_apps_not_found_snippet`: Not found snippet
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#deleteSnippet
   * @see https://dev.vk.com/method/apps.deleteSnippet
   */
  deleteSnippet(params?: T.AppsDeleteSnippetParams, options?: O): Promise<T.AppsDeleteSnippetResponse>;
  /**
   * Returns applications data.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#get
   * @see https://dev.vk.com/method/apps.get
   */
  get(params?: T.AppsGetParams, options?: O): Promise<T.AppsGetResponse>;
  /**
   * Returns a list of applications (apps) available to users in the App Catalog.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#getCatalog
   * @see https://dev.vk.com/method/apps.getCatalog
   */
  getCatalog(params?: T.AppsGetCatalogParams, options?: O): Promise<T.AppsGetCatalogResponse>;
  /**
   * Creates friends list for requests and invites in current app.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#getFriendsList
   * @see https://dev.vk.com/method/apps.getFriendsList
   */
  getFriendsList<Extended extends T.AppsGetFriendsListParams["extended"] = undefined>(params?: T.AppsGetFriendsListParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"apps.getFriendsList", { extended: Extended }>>;
  /**
   * Returns players rating in the game.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#getLeaderboard
   * @see https://dev.vk.com/method/apps.getLeaderboard
   */
  getLeaderboard<Extended extends T.AppsGetLeaderboardParams["extended"] = undefined>(params: T.AppsGetLeaderboardParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"apps.getLeaderboard", { extended: Extended }>>;
  /**
   * Returns policies and terms given to a mini app.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#getMiniAppPolicies
   * @see https://dev.vk.com/method/apps.getMiniAppPolicies
   */
  getMiniAppPolicies(params: T.AppsGetMiniAppPoliciesParams, options?: O): Promise<T.AppsGetMiniAppPoliciesResponse>;
  /**
   * Returns scopes for auth
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#getScopes
   * @see https://dev.vk.com/method/apps.getScopes
   */
  getScopes(params?: T.AppsGetScopesParams, options?: O): Promise<T.AppsGetScopesResponse>;
  /**
   * Returns user score in app
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#getScore
   * @see https://dev.vk.com/method/apps.getScore
   */
  getScore(params?: T.AppsGetScoreParams, options?: O): Promise<T.AppsGetScoreResponse>;
  /**
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#getSnippets
   * @see https://dev.vk.com/method/apps.getSnippets
   */
  getSnippets(params?: T.AppsGetSnippetsParams, options?: O): Promise<T.AppsGetSnippetsResponse>;
  /**
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#getTestingGroups
   * @see https://dev.vk.com/method/apps.getTestingGroups
   */
  getTestingGroups(params?: T.AppsGetTestingGroupsParams, options?: O): Promise<T.AppsGetTestingGroupsResponse>;
  /**
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#isNotificationsAllowed
   * @see https://dev.vk.com/method/apps.isNotificationsAllowed
   */
  isNotificationsAllowed(params?: T.AppsIsNotificationsAllowedParams, options?: O): Promise<T.AppsIsNotificationsAllowedResponse>;
  /**
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#promoHasActiveGift
   * @see https://dev.vk.com/method/apps.promoHasActiveGift
   */
  promoHasActiveGift(params: T.AppsPromoHasActiveGiftParams, options?: O): Promise<T.AppsPromoHasActiveGiftResponse>;
  /**
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#promoUseGift
   * @see https://dev.vk.com/method/apps.promoUseGift
   */
  promoUseGift(params: T.AppsPromoUseGiftParams, options?: O): Promise<T.AppsPromoUseGiftResponse>;
  /**
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#removeTestingGroup
   * @see https://dev.vk.com/method/apps.removeTestingGroup
   */
  removeTestingGroup(params: T.AppsRemoveTestingGroupParams, options?: O): Promise<T.AppsRemoveTestingGroupResponse>;
  /**
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#removeUsersFromTestingGroups
   * @see https://dev.vk.com/method/apps.removeUsersFromTestingGroups
   */
  removeUsersFromTestingGroups(params: T.AppsRemoveUsersFromTestingGroupsParams, options?: O): Promise<T.AppsRemoveUsersFromTestingGroupsResponse>;
  /**
   * Sends a request to another user in an app that uses VK authorization.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#sendRequest
   * @see https://dev.vk.com/method/apps.sendRequest
   */
  sendRequest(params: T.AppsSendRequestParams, options?: O): Promise<T.AppsSendRequestResponse>;
  /**
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/apps.html#updateMetaForTestingGroup
   * @see https://dev.vk.com/method/apps.updateMetaForTestingGroup
   */
  updateMetaForTestingGroup(params: T.AppsUpdateMetaForTestingGroupParams, options?: O): Promise<T.AppsUpdateMetaForTestingGroupResponse>;
}

/**
 * The `auth.*` methods. `O` is the client's per-call options type.
 */
export interface ApiAuthNamespace<O> {
  /**
   * Allows to restore account access using a code received via SMS. " This method is only available for apps with [vk.com/dev/auth_direct|Direct authorization] access. "
   *
   * Token types: user, open, service.
   *
   * Errors (besides the global ones):
   * - 1105 `api_error_auth_flood_error`: Too many auth attempts, try again later
   *
   * Guide: https://vkts.github.io/vkts/api/auth.html#restore
   * @see https://dev.vk.com/method/auth.restore
   */
  restore(params: T.AuthRestoreParams, options?: O): Promise<T.AuthRestoreResponse>;
}

/**
 * The `board.*` methods. `O` is the client's per-call options type.
 */
export interface ApiBoardNamespace<O> {
  /**
   * Creates a new topic on a community's discussion board.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * Guide: https://vkts.github.io/vkts/api/board.html#addTopic
   * @see https://dev.vk.com/method/board.addTopic
   */
  addTopic(params: T.BoardAddTopicParams, options?: O): Promise<T.BoardAddTopicResponse>;
  /**
   * Closes a topic on a community's discussion board so that comments cannot be posted.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/board.html#closeTopic
   * @see https://dev.vk.com/method/board.closeTopic
   */
  closeTopic(params: T.BoardCloseTopicParams, options?: O): Promise<T.BoardCloseTopicResponse>;
  /**
   * Adds a comment on a topic on a community's discussion board.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/board.html#createComment
   * @see https://dev.vk.com/method/board.createComment
   */
  createComment(params: T.BoardCreateCommentParams, options?: O): Promise<T.BoardCreateCommentResponse>;
  /**
   * Deletes a comment on a topic on a community's discussion board.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/board.html#deleteComment
   * @see https://dev.vk.com/method/board.deleteComment
   */
  deleteComment(params: T.BoardDeleteCommentParams, options?: O): Promise<T.BoardDeleteCommentResponse>;
  /**
   * Deletes a topic from a community's discussion board.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/board.html#deleteTopic
   * @see https://dev.vk.com/method/board.deleteTopic
   */
  deleteTopic(params: T.BoardDeleteTopicParams, options?: O): Promise<T.BoardDeleteTopicResponse>;
  /**
   * Edits a comment on a topic on a community's discussion board.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/board.html#editComment
   * @see https://dev.vk.com/method/board.editComment
   */
  editComment(params: T.BoardEditCommentParams, options?: O): Promise<T.BoardEditCommentResponse>;
  /**
   * Edits the title of a topic on a community's discussion board.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/board.html#editTopic
   * @see https://dev.vk.com/method/board.editTopic
   */
  editTopic(params: T.BoardEditTopicParams, options?: O): Promise<T.BoardEditTopicResponse>;
  /**
   * Pins a topic (fixes its place) to the top of a community's discussion board.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/board.html#fixTopic
   * @see https://dev.vk.com/method/board.fixTopic
   */
  fixTopic(params: T.BoardFixTopicParams, options?: O): Promise<T.BoardFixTopicResponse>;
  /**
   * Returns a list of comments on a topic on a community's discussion board.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/board.html#getComments
   * @see https://dev.vk.com/method/board.getComments
   */
  getComments<Extended extends T.BoardGetCommentsParams["extended"] = undefined>(params: T.BoardGetCommentsParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"board.getComments", { extended: Extended }>>;
  /**
   * Returns a list of topics on a community's discussion board.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/board.html#getTopics
   * @see https://dev.vk.com/method/board.getTopics
   */
  getTopics<Extended extends T.BoardGetTopicsParams["extended"] = undefined>(params: T.BoardGetTopicsParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"board.getTopics", { extended: Extended }>>;
  /**
   * Re-opens a previously closed topic on a community's discussion board.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/board.html#openTopic
   * @see https://dev.vk.com/method/board.openTopic
   */
  openTopic(params: T.BoardOpenTopicParams, options?: O): Promise<T.BoardOpenTopicResponse>;
  /**
   * Restores a comment deleted from a topic on a community's discussion board.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/board.html#restoreComment
   * @see https://dev.vk.com/method/board.restoreComment
   */
  restoreComment(params: T.BoardRestoreCommentParams, options?: O): Promise<T.BoardRestoreCommentResponse>;
  /**
   * Unpins a pinned topic from the top of a community's discussion board.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/board.html#unfixTopic
   * @see https://dev.vk.com/method/board.unfixTopic
   */
  unfixTopic(params: T.BoardUnfixTopicParams, options?: O): Promise<T.BoardUnfixTopicResponse>;
}

/**
 * The `bugtracker.*` methods. `O` is the client's per-call options type.
 */
export interface ApiBugtrackerNamespace<O> {
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#addCompanyGroupsMembers
   * @see https://dev.vk.com/method/bugtracker.addCompanyGroupsMembers
   */
  addCompanyGroupsMembers(params: T.BugtrackerAddCompanyGroupsMembersParams, options?: O): Promise<T.BugtrackerAddCompanyGroupsMembersResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#addCompanyMembers
   * @see https://dev.vk.com/method/bugtracker.addCompanyMembers
   */
  addCompanyMembers(params: T.BugtrackerAddCompanyMembersParams, options?: O): Promise<T.BugtrackerAddCompanyMembersResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#changeBugreportStatus
   * @see https://dev.vk.com/method/bugtracker.changeBugreportStatus
   */
  changeBugreportStatus(params: T.BugtrackerChangeBugreportStatusParams, options?: O): Promise<T.BugtrackerChangeBugreportStatusResponse>;
  /**
   * Creates the comment to bugreport
   *
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 122 `api_error_param_photos`: Invalid photos
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#createComment
   * @see https://dev.vk.com/method/bugtracker.createComment
   */
  createComment(params: T.BugtrackerCreateCommentParams, options?: O): Promise<T.BugtrackerCreateCommentResponse>;
  /**
   * Returns extended bugreport data
   *
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#getBugreportById
   * @see https://dev.vk.com/method/bugtracker.getBugreportById
   */
  getBugreportById(params: T.BugtrackerGetBugreportByIdParams, options?: O): Promise<T.BugtrackerGetBugreportByIdResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#getCompanyGroupMembers
   * @see https://dev.vk.com/method/bugtracker.getCompanyGroupMembers
   */
  getCompanyGroupMembers(params: T.BugtrackerGetCompanyGroupMembersParams, options?: O): Promise<T.BugtrackerGetCompanyGroupMembersResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#getCompanyMembers
   * @see https://dev.vk.com/method/bugtracker.getCompanyMembers
   */
  getCompanyMembers(params: T.BugtrackerGetCompanyMembersParams, options?: O): Promise<T.BugtrackerGetCompanyMembersResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#getDownloadVersionUrl
   * @see https://dev.vk.com/method/bugtracker.getDownloadVersionUrl
   */
  getDownloadVersionUrl(params: T.BugtrackerGetDownloadVersionUrlParams, options?: O): Promise<T.BugtrackerGetDownloadVersionUrlResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#getProductBuildUploadServer
   * @see https://dev.vk.com/method/bugtracker.getProductBuildUploadServer
   */
  getProductBuildUploadServer(params: T.BugtrackerGetProductBuildUploadServerParams, options?: O): Promise<T.BugtrackerGetProductBuildUploadServerResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#removeCompanyGroupMember
   * @see https://dev.vk.com/method/bugtracker.removeCompanyGroupMember
   */
  removeCompanyGroupMember(params: T.BugtrackerRemoveCompanyGroupMemberParams, options?: O): Promise<T.BugtrackerRemoveCompanyGroupMemberResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#removeCompanyMember
   * @see https://dev.vk.com/method/bugtracker.removeCompanyMember
   */
  removeCompanyMember(params: T.BugtrackerRemoveCompanyMemberParams, options?: O): Promise<T.BugtrackerRemoveCompanyMemberResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#saveProductVersion
   * @see https://dev.vk.com/method/bugtracker.saveProductVersion
   */
  saveProductVersion(params: T.BugtrackerSaveProductVersionParams, options?: O): Promise<T.BugtrackerSaveProductVersionResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#setCompanyMemberRole
   * @see https://dev.vk.com/method/bugtracker.setCompanyMemberRole
   */
  setCompanyMemberRole(params: T.BugtrackerSetCompanyMemberRoleParams, options?: O): Promise<T.BugtrackerSetCompanyMemberRoleResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#setProductIsOver
   * @see https://dev.vk.com/method/bugtracker.setProductIsOver
   */
  setProductIsOver(params: T.BugtrackerSetProductIsOverParams, options?: O): Promise<T.BugtrackerSetProductIsOverResponse>;
}

/**
 * The `calls.*` methods. `O` is the client's per-call options type.
 */
export interface ApiCallsNamespace<O> {
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/calls.html#forceFinish
   * @see https://dev.vk.com/method/calls.forceFinish
   */
  forceFinish(params: T.CallsForceFinishParams, options?: O): Promise<T.CallsForceFinishResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/calls.html#start
   * @see https://dev.vk.com/method/calls.start
   */
  start(params?: T.CallsStartParams, options?: O): Promise<T.CallsStartResponse>;
}

/**
 * The `database.*` methods. `O` is the client's per-call options type.
 */
export interface ApiDatabaseNamespace<O> {
  /**
   * Returns list of chairs on a specified faculty.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/database.html#getChairs
   * @see https://dev.vk.com/method/database.getChairs
   */
  getChairs(params: T.DatabaseGetChairsParams, options?: O): Promise<T.DatabaseGetChairsResponse>;
  /**
   * Returns a list of cities.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/database.html#getCities
   * @see https://dev.vk.com/method/database.getCities
   */
  getCities(params?: T.DatabaseGetCitiesParams, options?: O): Promise<T.DatabaseGetCitiesResponse>;
  /**
   * Returns information about cities by their IDs.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/database.html#getCitiesById
   * @see https://dev.vk.com/method/database.getCitiesById
   */
  getCitiesById(params?: T.DatabaseGetCitiesByIdParams, options?: O): Promise<T.DatabaseGetCitiesByIdResponse>;
  /**
   * Returns a list of countries.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/database.html#getCountries
   * @see https://dev.vk.com/method/database.getCountries
   */
  getCountries(params?: T.DatabaseGetCountriesParams, options?: O): Promise<T.DatabaseGetCountriesResponse>;
  /**
   * Returns information about countries by their IDs.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/database.html#getCountriesById
   * @see https://dev.vk.com/method/database.getCountriesById
   */
  getCountriesById(params?: T.DatabaseGetCountriesByIdParams, options?: O): Promise<T.DatabaseGetCountriesByIdResponse>;
  /**
   * Returns a list of faculties (i.e., university departments).
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/database.html#getFaculties
   * @see https://dev.vk.com/method/database.getFaculties
   */
  getFaculties(params: T.DatabaseGetFacultiesParams, options?: O): Promise<T.DatabaseGetFacultiesResponse>;
  /**
   * Get metro stations by city
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/database.html#getMetroStations
   * @see https://dev.vk.com/method/database.getMetroStations
   */
  getMetroStations(params: T.DatabaseGetMetroStationsParams, options?: O): Promise<T.DatabaseGetMetroStationsResponse>;
  /**
   * Get metro station by his id
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/database.html#getMetroStationsById
   * @see https://dev.vk.com/method/database.getMetroStationsById
   */
  getMetroStationsById(params?: T.DatabaseGetMetroStationsByIdParams, options?: O): Promise<T.DatabaseGetMetroStationsByIdResponse>;
  /**
   * Returns a list of regions.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/database.html#getRegions
   * @see https://dev.vk.com/method/database.getRegions
   */
  getRegions(params?: T.DatabaseGetRegionsParams, options?: O): Promise<T.DatabaseGetRegionsResponse>;
  /**
   * Returns a list of school classes specified for the country.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/database.html#getSchoolClasses
   * @see https://dev.vk.com/method/database.getSchoolClasses
   */
  getSchoolClasses(params?: T.DatabaseGetSchoolClassesParams, options?: O): Promise<T.DatabaseGetSchoolClassesResponse>;
  /**
   * Returns a list of schools.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/database.html#getSchools
   * @see https://dev.vk.com/method/database.getSchools
   */
  getSchools(params: T.DatabaseGetSchoolsParams, options?: O): Promise<T.DatabaseGetSchoolsResponse>;
  /**
   * Returns a list of higher education institutions.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/database.html#getUniversities
   * @see https://dev.vk.com/method/database.getUniversities
   */
  getUniversities(params?: T.DatabaseGetUniversitiesParams, options?: O): Promise<T.DatabaseGetUniversitiesResponse>;
}

/**
 * The `docs.*` methods. `O` is the client's per-call options type.
 */
export interface ApiDocsNamespace<O> {
  /**
   * Copies a document to a user's or community's document list.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/docs.html#add
   * @see https://dev.vk.com/method/docs.add
   */
  add(params: T.DocsAddParams, options?: O): Promise<T.DocsAddResponse>;
  /**
   * Deletes a user or community document.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1151 `api_error_param_doc_delete_access`: Access to document deleting is denied
   * - 1150 `api_error_param_doc_id`: Invalid document id
   *
   * Guide: https://vkts.github.io/vkts/api/docs.html#delete
   * @see https://dev.vk.com/method/docs.delete
   */
  delete(params: T.DocsDeleteParams, options?: O): Promise<T.DocsDeleteResponse>;
  /**
   * Edits a document.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1153 `api_error_param_doc_access`: Access to document is denied
   * - 1150 `api_error_param_doc_id`: Invalid document id
   * - 1152 `api_error_param_doc_title`: Invalid document title
   *
   * Guide: https://vkts.github.io/vkts/api/docs.html#edit
   * @see https://dev.vk.com/method/docs.edit
   */
  edit(params: T.DocsEditParams, options?: O): Promise<T.DocsEditResponse>;
  /**
   * Returns detailed information about user or community documents.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/docs.html#get
   * @see https://dev.vk.com/method/docs.get
   */
  get(params?: T.DocsGetParams, options?: O): Promise<T.DocsGetResponse>;
  /**
   * Returns information about documents by their IDs.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/docs.html#getById
   * @see https://dev.vk.com/method/docs.getById
   */
  getById(params: T.DocsGetByIdParams, options?: O): Promise<T.DocsGetByIdResponse>;
  /**
   * Returns the server address for document upload.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 901 `api_error_messages_deny_send`: Can't send messages for users without permission
   *
   * Guide: https://vkts.github.io/vkts/api/docs.html#getMessagesUploadServer
   * @see https://dev.vk.com/method/docs.getMessagesUploadServer
   */
  getMessagesUploadServer(params?: T.DocsGetMessagesUploadServerParams, options?: O): Promise<T.DocsGetMessagesUploadServerResponse>;
  /**
   * Returns documents types available for current user.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/docs.html#getTypes
   * @see https://dev.vk.com/method/docs.getTypes
   */
  getTypes(params?: T.DocsGetTypesParams, options?: O): Promise<T.DocsGetTypesResponse>;
  /**
   * Returns the server address for document upload.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/docs.html#getUploadServer
   * @see https://dev.vk.com/method/docs.getUploadServer
   */
  getUploadServer(params?: T.DocsGetUploadServerParams, options?: O): Promise<T.DocsGetUploadServerResponse>;
  /**
   * Returns the server address for document upload onto a user's or community's wall.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/docs.html#getWallUploadServer
   * @see https://dev.vk.com/method/docs.getWallUploadServer
   */
  getWallUploadServer(params?: T.DocsGetWallUploadServerParams, options?: O): Promise<T.DocsGetWallUploadServerResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1154 `api_error_param_doc_restore_access`: Access to document restoring is denied
   * - 1155 `api_error_param_doc_restore_timeout`: Document was deleted too long ago
   *
   * Guide: https://vkts.github.io/vkts/api/docs.html#restore
   * @see https://dev.vk.com/method/docs.restore
   */
  restore(params: T.DocsRestoreParams, options?: O): Promise<T.DocsRestoreResponse>;
  /**
   * Saves a document after [vk.com/dev/upload_files_2|uploading it to a server].
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 105 `api_error_save_file`: Couldn't save file
   *
   * Guide: https://vkts.github.io/vkts/api/docs.html#save
   * @see https://dev.vk.com/method/docs.save
   */
  save(params: T.DocsSaveParams, options?: O): Promise<T.DocsSaveResponse>;
  /**
   * Returns a list of documents matching the search criteria.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/docs.html#search
   * @see https://dev.vk.com/method/docs.search
   */
  search(params?: T.DocsSearchParams, options?: O): Promise<T.DocsSearchResponse>;
}

/**
 * The `donut.*` methods. `O` is the client's per-call options type.
 */
export interface ApiDonutNamespace<O> {
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/donut.html#getFriends
   * @see https://dev.vk.com/method/donut.getFriends
   */
  getFriends(params: T.DonutGetFriendsParams, options?: O): Promise<T.DonutGetFriendsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/donut.html#getSubscription
   * @see https://dev.vk.com/method/donut.getSubscription
   */
  getSubscription(params: T.DonutGetSubscriptionParams, options?: O): Promise<T.DonutGetSubscriptionResponse>;
  /**
   * Returns a list of user's VK Donut subscriptions.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/donut.html#getSubscriptions
   * @see https://dev.vk.com/method/donut.getSubscriptions
   */
  getSubscriptions(params?: T.DonutGetSubscriptionsParams, options?: O): Promise<T.DonutGetSubscriptionsResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/donut.html#isDon
   * @see https://dev.vk.com/method/donut.isDon
   */
  isDon(params: T.DonutIsDonParams, options?: O): Promise<T.DonutIsDonResponse>;
}

/**
 * The `downloadedGames.*` methods. `O` is the client's per-call options type.
 */
export interface ApiDownloadedGamesNamespace<O> {
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 106 `api_error_action_failed`: Unable to process action
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/downloadedGames.html#getPaidStatus
   * @see https://dev.vk.com/method/downloadedGames.getPaidStatus
   */
  getPaidStatus(params?: T.DownloadedGamesGetPaidStatusParams, options?: O): Promise<T.DownloadedGamesGetPaidStatusResponse>;
}

/**
 * The `fave.*` methods. `O` is the client's per-call options type.
 */
export interface ApiFaveNamespace<O> {
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#addArticle
   * @see https://dev.vk.com/method/fave.addArticle
   */
  addArticle(params: T.FaveAddArticleParams, options?: O): Promise<T.FaveAddArticleResponse>;
  /**
   * Adds a link to user faves.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#addLink
   * @see https://dev.vk.com/method/fave.addLink
   */
  addLink(params: T.FaveAddLinkParams, options?: O): Promise<T.FaveAddLinkResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#addPage
   * @see https://dev.vk.com/method/fave.addPage
   */
  addPage(params?: T.FaveAddPageParams, options?: O): Promise<T.FaveAddPageResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#addPost
   * @see https://dev.vk.com/method/fave.addPost
   */
  addPost(params: T.FaveAddPostParams, options?: O): Promise<T.FaveAddPostResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#addProduct
   * @see https://dev.vk.com/method/fave.addProduct
   */
  addProduct(params: T.FaveAddProductParams, options?: O): Promise<T.FaveAddProductResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#addTag
   * @see https://dev.vk.com/method/fave.addTag
   */
  addTag(params?: T.FaveAddTagParams, options?: O): Promise<T.FaveAddTagResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#addVideo
   * @see https://dev.vk.com/method/fave.addVideo
   */
  addVideo(params: T.FaveAddVideoParams, options?: O): Promise<T.FaveAddVideoResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#editTag
   * @see https://dev.vk.com/method/fave.editTag
   */
  editTag(params: T.FaveEditTagParams, options?: O): Promise<T.FaveEditTagResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#get
   * @see https://dev.vk.com/method/fave.get
   */
  get<Extended extends T.FaveGetParams["extended"] = undefined>(params?: T.FaveGetParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"fave.get", { extended: Extended }>>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#getPages
   * @see https://dev.vk.com/method/fave.getPages
   */
  getPages(params?: T.FaveGetPagesParams, options?: O): Promise<T.FaveGetPagesResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#getTags
   * @see https://dev.vk.com/method/fave.getTags
   */
  getTags(params?: T.FaveGetTagsParams, options?: O): Promise<T.FaveGetTagsResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#markSeen
   * @see https://dev.vk.com/method/fave.markSeen
   */
  markSeen(params?: T.FaveMarkSeenParams, options?: O): Promise<T.FaveMarkSeenResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#removeArticle
   * @see https://dev.vk.com/method/fave.removeArticle
   */
  removeArticle(params: T.FaveRemoveArticleParams, options?: O): Promise<T.FaveRemoveArticleResponse>;
  /**
   * Removes link from the user's faves.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#removeLink
   * @see https://dev.vk.com/method/fave.removeLink
   */
  removeLink(params?: T.FaveRemoveLinkParams, options?: O): Promise<T.FaveRemoveLinkResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#removePage
   * @see https://dev.vk.com/method/fave.removePage
   */
  removePage(params?: T.FaveRemovePageParams, options?: O): Promise<T.FaveRemovePageResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#removePost
   * @see https://dev.vk.com/method/fave.removePost
   */
  removePost(params: T.FaveRemovePostParams, options?: O): Promise<T.FaveRemovePostResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#removeProduct
   * @see https://dev.vk.com/method/fave.removeProduct
   */
  removeProduct(params: T.FaveRemoveProductParams, options?: O): Promise<T.FaveRemoveProductResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#removeTag
   * @see https://dev.vk.com/method/fave.removeTag
   */
  removeTag(params: T.FaveRemoveTagParams, options?: O): Promise<T.FaveRemoveTagResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#removeVideo
   * @see https://dev.vk.com/method/fave.removeVideo
   */
  removeVideo(params: T.FaveRemoveVideoParams, options?: O): Promise<T.FaveRemoveVideoResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#reorderTags
   * @see https://dev.vk.com/method/fave.reorderTags
   */
  reorderTags(params: T.FaveReorderTagsParams, options?: O): Promise<T.FaveReorderTagsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#setPageTags
   * @see https://dev.vk.com/method/fave.setPageTags
   */
  setPageTags(params?: T.FaveSetPageTagsParams, options?: O): Promise<T.FaveSetPageTagsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 3800 `api_error_fave_aliexpress_tag`: Can't set AliExpress tag to this type of object
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#setTags
   * @see https://dev.vk.com/method/fave.setTags
   */
  setTags(params?: T.FaveSetTagsParams, options?: O): Promise<T.FaveSetTagsResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/fave.html#trackPageInteraction
   * @see https://dev.vk.com/method/fave.trackPageInteraction
   */
  trackPageInteraction(params?: T.FaveTrackPageInteractionParams, options?: O): Promise<T.FaveTrackPageInteractionResponse>;
}

/**
 * The `friends.*` methods. `O` is the client's per-call options type.
 */
export interface ApiFriendsNamespace<O> {
  /**
   * Approves or creates a friend request.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 175 `api_error_friends_add_in_enemy`: Cannot add this user to friends as they have put you on their blacklist
   * - 176 `api_error_friends_add_enemy`: Cannot add this user to friends as you put him on blacklist
   * - 174 `api_error_friends_add_yourself`: Cannot add user himself as friend
   * - 177 `api_error_friends_add_not_found`: Cannot add this user to friends as user not found
   * - 242 `api_error_friends_too_many_friends`: Too many friends
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#add
   * @see https://dev.vk.com/method/friends.add
   */
  add(params?: T.FriendsAddParams, options?: O): Promise<T.FriendsAddResponse>;
  /**
   * Creates a new friend list for the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 173 `api_error_friends_list_limit`: Reached the maximum number of lists
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#addList
   * @see https://dev.vk.com/method/friends.addList
   */
  addList(params: T.FriendsAddListParams, options?: O): Promise<T.FriendsAddListResponse>;
  /**
   * Checks the current user's friendship status with other specified users.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#areFriends
   * @see https://dev.vk.com/method/friends.areFriends
   */
  areFriends<Extended extends T.FriendsAreFriendsParams["extended"] = undefined>(params: T.FriendsAreFriendsParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"friends.areFriends", { extended: Extended }>>;
  /**
   * Declines a friend request or deletes a user from the current user's friend list.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#delete
   * @see https://dev.vk.com/method/friends.delete
   */
  delete(params?: T.FriendsDeleteParams, options?: O): Promise<T.FriendsDeleteResponse>;
  /**
   * Marks all incoming friend requests as viewed.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#deleteAllRequests
   * @see https://dev.vk.com/method/friends.deleteAllRequests
   */
  deleteAllRequests(params?: T.FriendsDeleteAllRequestsParams, options?: O): Promise<T.FriendsDeleteAllRequestsResponse>;
  /**
   * Deletes a friend list of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 171 `api_error_friends_list_id`: Invalid list id
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#deleteList
   * @see https://dev.vk.com/method/friends.deleteList
   */
  deleteList(params: T.FriendsDeleteListParams, options?: O): Promise<T.FriendsDeleteListResponse>;
  /**
   * Edits the friend lists of the selected user.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#edit
   * @see https://dev.vk.com/method/friends.edit
   */
  edit(params: T.FriendsEditParams, options?: O): Promise<T.FriendsEditResponse>;
  /**
   * Edits a friend list of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 171 `api_error_friends_list_id`: Invalid list id
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#editList
   * @see https://dev.vk.com/method/friends.editList
   */
  editList(params: T.FriendsEditListParams, options?: O): Promise<T.FriendsEditListResponse>;
  /**
   * Returns a list of user IDs or detailed information about a user's friends.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#get
   * @see https://dev.vk.com/method/friends.get
   */
  get<Fields extends T.FriendsGetParams["fields"] = undefined>(params?: T.FriendsGetParams & { fields?: Fields }, options?: O): Promise<ApiResponse<"friends.get", { fields: Fields }>>;
  /**
   * Returns a list of IDs of the current user's friends who installed the application.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#getAppUsers
   * @see https://dev.vk.com/method/friends.getAppUsers
   */
  getAppUsers(params?: T.FriendsGetAppUsersParams, options?: O): Promise<T.FriendsGetAppUsersResponse>;
  /**
   * Returns a list of the user's friend lists.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#getLists
   * @see https://dev.vk.com/method/friends.getLists
   */
  getLists(params?: T.FriendsGetListsParams, options?: O): Promise<T.FriendsGetListsResponse>;
  /**
   * Returns a list of user IDs of the mutual friends of two users.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#getMutual
   * @see https://dev.vk.com/method/friends.getMutual
   */
  getMutual<TargetUids extends T.FriendsGetMutualParams["target_uids"] = undefined, NeedCommonCount extends T.FriendsGetMutualParams["need_common_count"] = undefined>(params?: T.FriendsGetMutualParams & { target_uids?: TargetUids; need_common_count?: NeedCommonCount }, options?: O): Promise<ApiResponse<"friends.getMutual", { target_uids: TargetUids; need_common_count: NeedCommonCount }>>;
  /**
   * Returns a list of user IDs of a user's friends who are online.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#getOnline
   * @see https://dev.vk.com/method/friends.getOnline
   */
  getOnline<OnlineMobile extends T.FriendsGetOnlineParams["online_mobile"] = undefined>(params?: T.FriendsGetOnlineParams & { online_mobile?: OnlineMobile }, options?: O): Promise<ApiResponse<"friends.getOnline", { online_mobile: OnlineMobile }>>;
  /**
   * Returns a list of user IDs of the current user's recently added friends.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#getRecent
   * @see https://dev.vk.com/method/friends.getRecent
   */
  getRecent(params?: T.FriendsGetRecentParams, options?: O): Promise<T.FriendsGetRecentResponse>;
  /**
   * Returns information about the current user's incoming and outgoing friend requests.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#getRequests
   * @see https://dev.vk.com/method/friends.getRequests
   */
  getRequests<Extended extends T.FriendsGetRequestsParams["extended"] = undefined, NeedMutual extends T.FriendsGetRequestsParams["need_mutual"] = undefined>(params?: T.FriendsGetRequestsParams & { extended?: Extended; need_mutual?: NeedMutual }, options?: O): Promise<ApiResponse<"friends.getRequests", { extended: Extended; need_mutual: NeedMutual }>>;
  /**
   * Returns a list of profiles of users whom the current user may know.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#getSuggestions
   * @see https://dev.vk.com/method/friends.getSuggestions
   */
  getSuggestions(params?: T.FriendsGetSuggestionsParams, options?: O): Promise<T.FriendsGetSuggestionsResponse>;
  /**
   * Returns a list of friends matching the search criteria.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/friends.html#search
   * @see https://dev.vk.com/method/friends.search
   */
  search(params?: T.FriendsSearchParams, options?: O): Promise<T.FriendsSearchResponse>;
}

/**
 * The `gifts.*` methods. `O` is the client's per-call options type.
 */
export interface ApiGiftsNamespace<O> {
  /**
   * Returns a list of user gifts.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/gifts.html#get
   * @see https://dev.vk.com/method/gifts.get
   */
  get(params?: T.GiftsGetParams, options?: O): Promise<T.GiftsGetResponse>;
}

/**
 * The `groups.*` methods. `O` is the client's per-call options type.
 */
export interface ApiGroupsNamespace<O> {
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   * - 104 `api_error_not_found`: Not found
   * - 706 `api_error_group_too_many_addresses`: Too many addresses in club
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#addAddress
   * @see https://dev.vk.com/method/groups.addAddress
   */
  addAddress(params: T.GroupsAddAddressParams, options?: O): Promise<T.GroupsAddAddressResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 2000 `api_error_callback_api_servers_limit`: Servers number limit is reached
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#addCallbackServer
   * @see https://dev.vk.com/method/groups.addCallbackServer
   */
  addCallbackServer(params: T.GroupsAddCallbackServerParams, options?: O): Promise<T.GroupsAddCallbackServerResponse>;
  /**
   * Allows to add a link to the community.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#addLink
   * @see https://dev.vk.com/method/groups.addLink
   */
  addLink(params: T.GroupsAddLinkParams, options?: O): Promise<T.GroupsAddLinkResponse>;
  /**
   * Allows to approve join request to the community.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#approveRequest
   * @see https://dev.vk.com/method/groups.approveRequest
   */
  approveRequest(params: T.GroupsApproveRequestParams, options?: O): Promise<T.GroupsApproveRequestResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#ban
   * @see https://dev.vk.com/method/groups.ban
   */
  ban(params: T.GroupsBanParams, options?: O): Promise<T.GroupsBanResponse>;
  /**
   * Creates a new community.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#create
   * @see https://dev.vk.com/method/groups.create
   */
  create(params: T.GroupsCreateParams, options?: O): Promise<T.GroupsCreateResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#deleteAddress
   * @see https://dev.vk.com/method/groups.deleteAddress
   */
  deleteAddress(params: T.GroupsDeleteAddressParams, options?: O): Promise<T.GroupsDeleteAddressResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#deleteCallbackServer
   * @see https://dev.vk.com/method/groups.deleteCallbackServer
   */
  deleteCallbackServer(params: T.GroupsDeleteCallbackServerParams, options?: O): Promise<T.GroupsDeleteCallbackServerResponse>;
  /**
   * Allows to delete a link from the community.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#deleteLink
   * @see https://dev.vk.com/method/groups.deleteLink
   */
  deleteLink(params: T.GroupsDeleteLinkParams, options?: O): Promise<T.GroupsDeleteLinkResponse>;
  /**
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#disableOnline
   * @see https://dev.vk.com/method/groups.disableOnline
   */
  disableOnline(params: T.GroupsDisableOnlineParams, options?: O): Promise<T.GroupsDisableOnlineResponse>;
  /**
   * Edits a community.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1260 `api_error_invalid_address`: Invalid screen name
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#edit
   * @see https://dev.vk.com/method/groups.edit
   */
  edit(params: T.GroupsEditParams, options?: O): Promise<T.GroupsEditResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   * - 104 `api_error_not_found`: Not found
   * - 706 `api_error_group_too_many_addresses`: Too many addresses in club
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#editAddress
   * @see https://dev.vk.com/method/groups.editAddress
   */
  editAddress(params: T.GroupsEditAddressParams, options?: O): Promise<T.GroupsEditAddressResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#editCallbackServer
   * @see https://dev.vk.com/method/groups.editCallbackServer
   */
  editCallbackServer(params: T.GroupsEditCallbackServerParams, options?: O): Promise<T.GroupsEditCallbackServerResponse>;
  /**
   * Allows to edit a link in the community.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#editLink
   * @see https://dev.vk.com/method/groups.editLink
   */
  editLink(params: T.GroupsEditLinkParams, options?: O): Promise<T.GroupsEditLinkResponse>;
  /**
   * Allows to add, remove or edit the community manager.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 700 `api_error_group_change_creator`: Cannot edit creator role
   * - 701 `api_error_group_not_in_club`: User should be in club
   * - 702 `api_error_group_too_many_officers`: Too many officers in club
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   * - 704 `api_error_group_host_need_2fa`: User needs to enable 2FA for this action
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#editManager
   * @see https://dev.vk.com/method/groups.editManager
   */
  editManager(params: T.GroupsEditManagerParams, options?: O): Promise<T.GroupsEditManagerResponse>;
  /**
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#enableOnline
   * @see https://dev.vk.com/method/groups.enableOnline
   */
  enableOnline(params: T.GroupsEnableOnlineParams, options?: O): Promise<T.GroupsEnableOnlineResponse>;
  /**
   * Returns a list of the communities to which a user belongs.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#get
   * @see https://dev.vk.com/method/groups.get
   */
  get<Extended extends T.GroupsGetParams["extended"] = undefined>(params?: T.GroupsGetParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"groups.get", { extended: Extended }>>;
  /**
   * Returns a list of community addresses.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 125 `api_error_param_group_id`: Invalid group id
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getAddresses
   * @see https://dev.vk.com/method/groups.getAddresses
   */
  getAddresses(params: T.GroupsGetAddressesParams, options?: O): Promise<T.GroupsGetAddressesResponse>;
  /**
   * Returns a list of users on a community blacklist.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getBanned
   * @see https://dev.vk.com/method/groups.getBanned
   */
  getBanned(params: T.GroupsGetBannedParams, options?: O): Promise<T.GroupsGetBannedResponse>;
  /**
   * Returns information about communities by their IDs.
   *
   * Token types: user, group, service.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getById
   * @see https://dev.vk.com/method/groups.getById
   */
  getById(params?: T.GroupsGetByIdParams, options?: O): Promise<T.GroupsGetByIdResponse>;
  /**
   * Returns Callback API confirmation code for the community.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getCallbackConfirmationCode
   * @see https://dev.vk.com/method/groups.getCallbackConfirmationCode
   */
  getCallbackConfirmationCode(params: T.GroupsGetCallbackConfirmationCodeParams, options?: O): Promise<T.GroupsGetCallbackConfirmationCodeResponse>;
  /**
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getCallbackServers
   * @see https://dev.vk.com/method/groups.getCallbackServers
   */
  getCallbackServers(params: T.GroupsGetCallbackServersParams, options?: O): Promise<T.GroupsGetCallbackServersResponse>;
  /**
   * Returns [vk.com/dev/callback_api|Callback API] notifications settings.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getCallbackSettings
   * @see https://dev.vk.com/method/groups.getCallbackSettings
   */
  getCallbackSettings(params: T.GroupsGetCallbackSettingsParams, options?: O): Promise<T.GroupsGetCallbackSettingsResponse>;
  /**
   * Returns categories list for communities catalog
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getCatalogInfo
   * @see https://dev.vk.com/method/groups.getCatalogInfo
   */
  getCatalogInfo<Extended extends T.GroupsGetCatalogInfoParams["extended"] = undefined>(params?: T.GroupsGetCatalogInfoParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"groups.getCatalogInfo", { extended: Extended }>>;
  /**
   * Returns invited users list of a community
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getInvitedUsers
   * @see https://dev.vk.com/method/groups.getInvitedUsers
   */
  getInvitedUsers(params: T.GroupsGetInvitedUsersParams, options?: O): Promise<T.GroupsGetInvitedUsersResponse>;
  /**
   * Returns a list of invitations to join communities and events.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getInvites
   * @see https://dev.vk.com/method/groups.getInvites
   */
  getInvites<Extended extends T.GroupsGetInvitesParams["extended"] = undefined>(params?: T.GroupsGetInvitesParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"groups.getInvites", { extended: Extended }>>;
  /**
   * Returns the data needed to query a Long Poll server for events
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getLongPollServer
   * @see https://dev.vk.com/method/groups.getLongPollServer
   */
  getLongPollServer(params: T.GroupsGetLongPollServerParams, options?: O): Promise<T.GroupsGetLongPollServerResponse>;
  /**
   * Returns Long Poll notification settings
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getLongPollSettings
   * @see https://dev.vk.com/method/groups.getLongPollSettings
   */
  getLongPollSettings(params: T.GroupsGetLongPollSettingsParams, options?: O): Promise<T.GroupsGetLongPollSettingsResponse>;
  /**
   * Returns a list of community members.
   *
   * Token types: user, group, service.
   *
   * Errors (besides the global ones):
   * - 125 `api_error_param_group_id`: Invalid group id
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getMembers
   * @see https://dev.vk.com/method/groups.getMembers
   */
  getMembers<Fields extends T.GroupsGetMembersParams["fields"] = undefined, Filter extends T.GroupsGetMembersParams["filter"] = undefined>(params?: T.GroupsGetMembersParams & { fields?: Fields; filter?: Filter }, options?: O): Promise<ApiResponse<"groups.getMembers", { fields: Fields; filter: Filter }>>;
  /**
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getOnlineStatus
   * @see https://dev.vk.com/method/groups.getOnlineStatus
   */
  getOnlineStatus(params: T.GroupsGetOnlineStatusParams, options?: O): Promise<T.GroupsGetOnlineStatusResponse>;
  /**
   * Returns a list of requests to the community.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getRequests
   * @see https://dev.vk.com/method/groups.getRequests
   */
  getRequests<Fields extends T.GroupsGetRequestsParams["fields"] = undefined>(params: T.GroupsGetRequestsParams & { fields?: Fields }, options?: O): Promise<ApiResponse<"groups.getRequests", { fields: Fields }>>;
  /**
   * Returns community settings.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getSettings
   * @see https://dev.vk.com/method/groups.getSettings
   */
  getSettings(params: T.GroupsGetSettingsParams, options?: O): Promise<T.GroupsGetSettingsResponse>;
  /**
   * List of group's tags
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getTagList
   * @see https://dev.vk.com/method/groups.getTagList
   */
  getTagList(params: T.GroupsGetTagListParams, options?: O): Promise<T.GroupsGetTagListResponse>;
  /**
   * Token types: group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#getTokenPermissions
   * @see https://dev.vk.com/method/groups.getTokenPermissions
   */
  getTokenPermissions(params?: T.GroupsGetTokenPermissionsParams, options?: O): Promise<T.GroupsGetTokenPermissionsResponse>;
  /**
   * Allows to invite friends to the community.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#invite
   * @see https://dev.vk.com/method/groups.invite
   */
  invite<UserIdsList extends T.GroupsInviteParams["user_ids_list"] = undefined>(params: T.GroupsInviteParams & { user_ids_list?: UserIdsList }, options?: O): Promise<ApiResponse<"groups.invite", { user_ids_list: UserIdsList }>>;
  /**
   * Returns information specifying whether a user is a member of a community.
   *
   * Token types: user, group, service.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#isMember
   * @see https://dev.vk.com/method/groups.isMember
   */
  isMember<UserIds extends T.GroupsIsMemberParams["user_ids"] = undefined, Extended extends T.GroupsIsMemberParams["extended"] = undefined>(params: T.GroupsIsMemberParams & { user_ids?: UserIds; extended?: Extended }, options?: O): Promise<ApiResponse<"groups.isMember", { user_ids: UserIds; extended: Extended }>>;
  /**
   * With this method you can join the group or public page, and also confirm your participation in an event.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   * - 714 `api_error_group_invite_links_not_valid`: Invite link is invalid - expired, deleted or not exists
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#join
   * @see https://dev.vk.com/method/groups.join
   */
  join(params: T.GroupsJoinParams, options?: O): Promise<T.GroupsJoinResponse>;
  /**
   * With this method you can leave a group, public page, or event.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#leave
   * @see https://dev.vk.com/method/groups.leave
   */
  leave(params: T.GroupsLeaveParams, options?: O): Promise<T.GroupsLeaveResponse>;
  /**
   * Removes a user from the community.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#removeUser
   * @see https://dev.vk.com/method/groups.removeUser
   */
  removeUser(params: T.GroupsRemoveUserParams, options?: O): Promise<T.GroupsRemoveUserResponse>;
  /**
   * Allows to reorder links in the community.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#reorderLink
   * @see https://dev.vk.com/method/groups.reorderLink
   */
  reorderLink(params: T.GroupsReorderLinkParams, options?: O): Promise<T.GroupsReorderLinkResponse>;
  /**
   * Returns a list of communities matching the search criteria.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#search
   * @see https://dev.vk.com/method/groups.search
   */
  search(params: T.GroupsSearchParams, options?: O): Promise<T.GroupsSearchResponse>;
  /**
   * Allow to set notifications settings for group.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#setCallbackSettings
   * @see https://dev.vk.com/method/groups.setCallbackSettings
   */
  setCallbackSettings(params: T.GroupsSetCallbackSettingsParams, options?: O): Promise<T.GroupsSetCallbackSettingsResponse>;
  /**
   * Sets Long Poll notification settings
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#setLongPollSettings
   * @see https://dev.vk.com/method/groups.setLongPollSettings
   */
  setLongPollSettings(params: T.GroupsSetLongPollSettingsParams, options?: O): Promise<T.GroupsSetLongPollSettingsResponse>;
  /**
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#setSettings
   * @see https://dev.vk.com/method/groups.setSettings
   */
  setSettings(params: T.GroupsSetSettingsParams, options?: O): Promise<T.GroupsSetSettingsResponse>;
  /**
   * In order to save note about group participant
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#setUserNote
   * @see https://dev.vk.com/method/groups.setUserNote
   */
  setUserNote(params: T.GroupsSetUserNoteParams, options?: O): Promise<T.GroupsSetUserNoteResponse>;
  /**
   * Add new group's tag
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#tagAdd
   * @see https://dev.vk.com/method/groups.tagAdd
   */
  tagAdd(params: T.GroupsTagAddParams, options?: O): Promise<T.GroupsTagAddResponse>;
  /**
   * Bind or unbind group's tag to user
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#tagBind
   * @see https://dev.vk.com/method/groups.tagBind
   */
  tagBind(params: T.GroupsTagBindParams, options?: O): Promise<T.GroupsTagBindResponse>;
  /**
   * Delete group's tag
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#tagDelete
   * @see https://dev.vk.com/method/groups.tagDelete
   */
  tagDelete(params: T.GroupsTagDeleteParams, options?: O): Promise<T.GroupsTagDeleteResponse>;
  /**
   * Update group's tag
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#tagUpdate
   * @see https://dev.vk.com/method/groups.tagUpdate
   */
  tagUpdate(params: T.GroupsTagUpdateParams, options?: O): Promise<T.GroupsTagUpdateResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1431 `api_error_market_shop_already_enabled`: Market was already enabled in this group
   * - 1432 `api_error_market_shop_already_disabled`: Market was already disabled in this group
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#toggleMarket
   * @see https://dev.vk.com/method/groups.toggleMarket
   */
  toggleMarket(params: T.GroupsToggleMarketParams, options?: O): Promise<T.GroupsToggleMarketResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/groups.html#unban
   * @see https://dev.vk.com/method/groups.unban
   */
  unban(params: T.GroupsUnbanParams, options?: O): Promise<T.GroupsUnbanResponse>;
}

/**
 * The `leadForms.*` methods. `O` is the client's per-call options type.
 */
export interface ApiLeadFormsNamespace<O> {
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#create
   * @see https://dev.vk.com/method/leadForms.create
   */
  create(params: T.LeadFormsCreateParams, options?: O): Promise<T.LeadFormsCreateResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#delete
   * @see https://dev.vk.com/method/leadForms.delete
   */
  delete(params: T.LeadFormsDeleteParams, options?: O): Promise<T.LeadFormsDeleteResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#get
   * @see https://dev.vk.com/method/leadForms.get
   */
  get(params: T.LeadFormsGetParams, options?: O): Promise<T.LeadFormsGetResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#getLeads
   * @see https://dev.vk.com/method/leadForms.getLeads
   */
  getLeads(params: T.LeadFormsGetLeadsParams, options?: O): Promise<T.LeadFormsGetLeadsResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#getUploadURL
   * @see https://dev.vk.com/method/leadForms.getUploadURL
   */
  getUploadURL(params?: T.LeadFormsGetUploadURLParams, options?: O): Promise<T.LeadFormsGetUploadURLResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#list
   * @see https://dev.vk.com/method/leadForms.list
   */
  list(params: T.LeadFormsListParams, options?: O): Promise<T.LeadFormsListResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#update
   * @see https://dev.vk.com/method/leadForms.update
   */
  update(params: T.LeadFormsUpdateParams, options?: O): Promise<T.LeadFormsUpdateResponse>;
}

/**
 * The `likes.*` methods. `O` is the client's per-call options type.
 */
export interface ApiLikesNamespace<O> {
  /**
   * Adds the specified object to the 'Likes' list of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 232 `api_error_likes_reaction_can_not_be_applied`: Reaction can not be applied to the object
   *
   * Guide: https://vkts.github.io/vkts/api/likes.html#add
   * @see https://dev.vk.com/method/likes.add
   */
  add(params: T.LikesAddParams, options?: O): Promise<T.LikesAddResponse>;
  /**
   * Deletes the specified object from the 'Likes' list of the current user.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/likes.html#delete
   * @see https://dev.vk.com/method/likes.delete
   */
  delete(params: T.LikesDeleteParams, options?: O): Promise<T.LikesDeleteResponse>;
  /**
   * Returns a list of IDs of users who added the specified object to their 'Likes' list.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 232 `api_error_likes_reaction_can_not_be_applied`: Reaction can not be applied to the object
   *
   * Guide: https://vkts.github.io/vkts/api/likes.html#getList
   * @see https://dev.vk.com/method/likes.getList
   */
  getList<Extended extends T.LikesGetListParams["extended"] = undefined>(params: T.LikesGetListParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"likes.getList", { extended: Extended }>>;
  /**
   * Checks for the object in the 'Likes' list of the specified user.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/likes.html#isLiked
   * @see https://dev.vk.com/method/likes.isLiked
   */
  isLiked(params: T.LikesIsLikedParams, options?: O): Promise<T.LikesIsLikedResponse>;
}

/**
 * The `market.*` methods. `O` is the client's per-call options type.
 */
export interface ApiMarketNamespace<O> {
  /**
   * Ads a new item to the market.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 205 `api_error_access_market`: Access denied
   * - 1405 `api_error_market_too_many_items`: Too many items
   * - 1408 `api_error_market_item_has_bad_links`: Item has bad links in description
   * - 1416 `api_error_market_variant_not_found`: Variant not found
   * - 1417 `api_error_market_property_not_found`: Property not found
   * - 1426 `api_error_market_grouping_items_must_have_distinct_properties`: Item must have distinct properties
   * - 1425 `api_error_market_grouping_must_contain_more_than_one_item`: Grouping must have two or more items
   * - 1433 `api_error_market_photos_crop_invalid_format`: Invalid image crop format
   * - 1434 `api_error_market_photos_crop_overflow`: Crop bottom right corner is outside of the image
   * - 1435 `api_error_market_photos_crop_size_too_low`: Crop size is less than the minimum
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1406 `api_error_market_too_many_items_in_album`: Too many items in album
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#add
   * @see https://dev.vk.com/method/market.add
   */
  add(params: T.MarketAddParams, options?: O): Promise<T.MarketAddResponse>;
  /**
   * Creates new collection of items
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1407 `api_error_market_too_many_albums`: Too many albums
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1446 `api_error_market_album_main_hidden`: Main album can not be hidden
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#addAlbum
   * @see https://dev.vk.com/method/market.addAlbum
   */
  addAlbum(params: T.MarketAddAlbumParams, options?: O): Promise<T.MarketAddAlbumResponse>;
  /**
   * Adds property
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1421 `api_error_market_name_too_long`: Name too long
   * - 1424 `api_error_market_unknown_property_type`: Unknown property type
   * - 1418 `api_error_market_max_properties_limit_exceed`: Max properties limit exceeded
   * - 1410 `api_error_market_variants_not_enabled`: Variants not enabled
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#addProperty
   * @see https://dev.vk.com/method/market.addProperty
   */
  addProperty(params: T.MarketAddPropertyParams, options?: O): Promise<T.MarketAddPropertyResponse>;
  /**
   * Adds property variant
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1423 `api_error_market_variant_value_too_long`: Variant value is too long
   * - 1419 `api_error_market_max_variants_limit_exceed`: Max variant limit exceeded
   * - 1417 `api_error_market_property_not_found`: Property not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#addPropertyVariant
   * @see https://dev.vk.com/method/market.addPropertyVariant
   */
  addPropertyVariant(params: T.MarketAddPropertyVariantParams, options?: O): Promise<T.MarketAddPropertyVariantResponse>;
  /**
   * Adds an item to one or multiple collections.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1402 `api_error_market_album_not_found`: Album not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1403 `api_error_market_item_not_found`: Item not found
   * - 1406 `api_error_market_too_many_items_in_album`: Too many items in album
   * - 1404 `api_error_market_item_already_added`: Item already added to album
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#addToAlbum
   * @see https://dev.vk.com/method/market.addToAlbum
   */
  addToAlbum(params: T.MarketAddToAlbumParams, options?: O): Promise<T.MarketAddToAlbumBaseResponse>;
  /**
   * Creates a new comment for an item.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#createComment
   * @see https://dev.vk.com/method/market.createComment
   */
  createComment(params: T.MarketCreateCommentParams, options?: O): Promise<T.MarketCreateCommentResponse>;
  /**
   * Deletes an item.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 205 `api_error_access_market`: Access denied
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1403 `api_error_market_item_not_found`: Item not found
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#delete
   * @see https://dev.vk.com/method/market.delete
   */
  delete(params: T.MarketDeleteParams, options?: O): Promise<T.MarketDeleteResponse>;
  /**
   * Deletes a collection of items.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1402 `api_error_market_album_not_found`: Album not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#deleteAlbum
   * @see https://dev.vk.com/method/market.deleteAlbum
   */
  deleteAlbum(params: T.MarketDeleteAlbumParams, options?: O): Promise<T.MarketDeleteAlbumResponse>;
  /**
   * Deletes an item's comment
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#deleteComment
   * @see https://dev.vk.com/method/market.deleteComment
   */
  deleteComment(params: T.MarketDeleteCommentParams, options?: O): Promise<T.MarketDeleteCommentResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1417 `api_error_market_property_not_found`: Property not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#deleteProperty
   * @see https://dev.vk.com/method/market.deleteProperty
   */
  deleteProperty(params: T.MarketDeletePropertyParams, options?: O): Promise<T.MarketDeletePropertyResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1417 `api_error_market_property_not_found`: Property not found
   * - 1416 `api_error_market_variant_not_found`: Variant not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#deletePropertyVariant
   * @see https://dev.vk.com/method/market.deletePropertyVariant
   */
  deletePropertyVariant(params: T.MarketDeletePropertyVariantParams, options?: O): Promise<T.MarketDeletePropertyVariantResponse>;
  /**
   * Edits an item.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 205 `api_error_access_market`: Access denied
   * - 1403 `api_error_market_item_not_found`: Item not found
   * - 1408 `api_error_market_item_has_bad_links`: Item has bad links in description
   * - 1412 `api_error_market_grouping_items_with_different_properties`: Grouping items with different properties
   * - 1413 `api_error_market_grouping_already_has_such_variant`: Grouping already has such variant
   * - 1433 `api_error_market_photos_crop_invalid_format`: Invalid image crop format
   * - 1434 `api_error_market_photos_crop_overflow`: Crop bottom right corner is outside of the image
   * - 1435 `api_error_market_photos_crop_size_too_low`: Crop size is less than the minimum
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#edit
   * @see https://dev.vk.com/method/market.edit
   */
  edit(params: T.MarketEditParams, options?: O): Promise<T.MarketEditResponse>;
  /**
   * Edits a collection of items
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1402 `api_error_market_album_not_found`: Album not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1446 `api_error_market_album_main_hidden`: Main album can not be hidden
   * - 1457 `api_error_market_failed_to_set_album_as_main`: Failed to set album as main
   * - 1458 `api_error_market_failed_to_unset_album_as_main`: Failed to unset album as main
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#editAlbum
   * @see https://dev.vk.com/method/market.editAlbum
   */
  editAlbum(params: T.MarketEditAlbumParams, options?: O): Promise<T.MarketEditAlbumResponse>;
  /**
   * Chages item comment's text
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#editComment
   * @see https://dev.vk.com/method/market.editComment
   */
  editComment(params: T.MarketEditCommentParams, options?: O): Promise<T.MarketEditCommentResponse>;
  /**
   * Edit order
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1427 `api_error_market_orders_no_cart_items`: Cart is empty
   * - 1429 `api_error_market_invalid_dimensions`: Specify width, length, height and weight all together
   * - 1430 `api_error_market_cant_change_vkpay_status`: VK Pay status can not be changed
   * - 1456 `api_error_market_orders_invalid_status`: Order status is invalid
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#editOrder
   * @see https://dev.vk.com/method/market.editOrder
   */
  editOrder(params: T.MarketEditOrderParams, options?: O): Promise<T.MarketEditOrderResponse>;
  /**
   * Adds property
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1421 `api_error_market_name_too_long`: Name too long
   * - 1424 `api_error_market_unknown_property_type`: Unknown property type
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#editProperty
   * @see https://dev.vk.com/method/market.editProperty
   */
  editProperty(params: T.MarketEditPropertyParams, options?: O): Promise<T.MarketEditPropertyResponse>;
  /**
   * Edit property variant name
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1421 `api_error_market_name_too_long`: Name too long
   * - 1423 `api_error_market_variant_value_too_long`: Variant value is too long
   * - 1416 `api_error_market_variant_not_found`: Variant not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#editPropertyVariant
   * @see https://dev.vk.com/method/market.editPropertyVariant
   */
  editPropertyVariant(params: T.MarketEditPropertyVariantParams, options?: O): Promise<T.MarketEditPropertyVariantResponse>;
  /**
   * Returns a filter list of market categories.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#filterCategories
   * @see https://dev.vk.com/method/market.filterCategories
   */
  filterCategories(params?: T.MarketFilterCategoriesParams, options?: O): Promise<T.MarketFilterCategoriesResponse>;
  /**
   * Returns items list for a community.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#get
   * @see https://dev.vk.com/method/market.get
   */
  get<Extended extends T.MarketGetParams["extended"] = undefined>(params: T.MarketGetParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"market.get", { extended: Extended }>>;
  /**
   * Returns items album's data
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#getAlbumById
   * @see https://dev.vk.com/method/market.getAlbumById
   */
  getAlbumById(params: T.MarketGetAlbumByIdParams, options?: O): Promise<T.MarketGetAlbumByIdResponse>;
  /**
   * Returns community's market collections list.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#getAlbums
   * @see https://dev.vk.com/method/market.getAlbums
   */
  getAlbums(params: T.MarketGetAlbumsParams, options?: O): Promise<T.MarketGetAlbumsResponse>;
  /**
   * Returns information about market items by their ids.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1525 `api_error_market_disabled`: Market is disabled
   * - 1526 `api_error_market_services_disabled`: Market services are disabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#getById
   * @see https://dev.vk.com/method/market.getById
   */
  getById<Extended extends T.MarketGetByIdParams["extended"] = undefined>(params: T.MarketGetByIdParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"market.getById", { extended: Extended }>>;
  /**
   * Returns a list of market categories.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#getCategories
   * @see https://dev.vk.com/method/market.getCategories
   */
  getCategories(params?: T.MarketGetCategoriesParams, options?: O): Promise<T.MarketGetCategoriesResponse>;
  /**
   * Returns comments list for an item.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1401 `api_error_market_comments_closed`: Comments for this market are closed
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#getComments
   * @see https://dev.vk.com/method/market.getComments
   */
  getComments(params: T.MarketGetCommentsParams, options?: O): Promise<T.MarketGetCommentsResponse>;
  /**
   * Get market orders
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1456 `api_error_market_orders_invalid_status`: Order status is invalid
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#getGroupOrders
   * @see https://dev.vk.com/method/market.getGroupOrders
   */
  getGroupOrders(params?: T.MarketGetGroupOrdersParams, options?: O): Promise<T.MarketGetGroupOrdersResponse>;
  /**
   * Get order
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1436 `api_error_market_orders_order_not_found`: Order not found
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#getOrderById
   * @see https://dev.vk.com/method/market.getOrderById
   */
  getOrderById(params: T.MarketGetOrderByIdParams, options?: O): Promise<T.MarketGetOrderByIdResponse>;
  /**
   * Get market items in the order
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#getOrderItems
   * @see https://dev.vk.com/method/market.getOrderItems
   */
  getOrderItems(params: T.MarketGetOrderItemsParams, options?: O): Promise<T.MarketGetOrderItemsResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#getOrders
   * @see https://dev.vk.com/method/market.getOrders
   */
  getOrders<Extended extends T.MarketGetOrdersParams["extended"] = undefined>(params?: T.MarketGetOrdersParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"market.getOrders", { extended: Extended }>>;
  /**
   * Returns the server address for market photo upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#getProductPhotoUploadServer
   * @see https://dev.vk.com/method/market.getProductPhotoUploadServer
   */
  getProductPhotoUploadServer(params: T.MarketGetProductPhotoUploadServerParams, options?: O): Promise<T.MarketGetProductPhotoUploadServerResponse>;
  /**
   * Get properties
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1410 `api_error_market_variants_not_enabled`: Variants not enabled
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#getProperties
   * @see https://dev.vk.com/method/market.getProperties
   */
  getProperties(params: T.MarketGetPropertiesParams, options?: O): Promise<T.MarketGetPropertiesResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1403 `api_error_market_item_not_found`: Item not found
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1412 `api_error_market_grouping_items_with_different_properties`: Grouping items with different properties
   * - 1413 `api_error_market_grouping_already_has_such_variant`: Grouping already has such variant
   * - 1414 `api_error_market_grouping_has_other_properties`: Grouping has other properties
   * - 1415 `api_error_market_grouping_must_have_variants`: Grouping must have variants
   * - 1416 `api_error_market_variant_not_found`: Variant not found
   * - 1410 `api_error_market_variants_not_enabled`: Variants not enabled
   * - 1417 `api_error_market_property_not_found`: Property not found
   * - 1425 `api_error_market_grouping_must_contain_more_than_one_item`: Grouping must have two or more items
   * - 1426 `api_error_market_grouping_items_must_have_distinct_properties`: Item must have distinct properties
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#groupItems
   * @see https://dev.vk.com/method/market.groupItems
   */
  groupItems(params: T.MarketGroupItemsParams, options?: O): Promise<T.MarketGroupItemsResponse>;
  /**
   * Removes an item from one or multiple collections.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1402 `api_error_market_album_not_found`: Album not found
   * - 1403 `api_error_market_item_not_found`: Item not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#removeFromAlbum
   * @see https://dev.vk.com/method/market.removeFromAlbum
   */
  removeFromAlbum(params: T.MarketRemoveFromAlbumParams, options?: O): Promise<T.MarketRemoveFromAlbumResponse>;
  /**
   * Reorders the collections list.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 205 `api_error_access_market`: Access denied
   * - 1402 `api_error_market_album_not_found`: Album not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#reorderAlbums
   * @see https://dev.vk.com/method/market.reorderAlbums
   */
  reorderAlbums(params: T.MarketReorderAlbumsParams, options?: O): Promise<T.MarketReorderAlbumsResponse>;
  /**
   * Changes item place in a collection.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 205 `api_error_access_market`: Access denied
   * - 1402 `api_error_market_album_not_found`: Album not found
   * - 1403 `api_error_market_item_not_found`: Item not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#reorderItems
   * @see https://dev.vk.com/method/market.reorderItems
   */
  reorderItems(params: T.MarketReorderItemsParams, options?: O): Promise<T.MarketReorderItemsResponse>;
  /**
   * Sends a complaint to the item.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#report
   * @see https://dev.vk.com/method/market.report
   */
  report(params: T.MarketReportParams, options?: O): Promise<T.MarketReportResponse>;
  /**
   * Sends a complaint to the item's comment.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#reportComment
   * @see https://dev.vk.com/method/market.reportComment
   */
  reportComment(params: T.MarketReportCommentParams, options?: O): Promise<T.MarketReportCommentResponse>;
  /**
   * Restores recently deleted item
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 205 `api_error_access_market`: Access denied
   * - 1400 `api_error_market_restore_too_late`: Too late for restore
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1403 `api_error_market_item_not_found`: Item not found
   * - 1518 `api_error_market_item_is_not_deleted`: Item is not deleted
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#restore
   * @see https://dev.vk.com/method/market.restore
   */
  restore(params: T.MarketRestoreParams, options?: O): Promise<T.MarketRestoreResponse>;
  /**
   * Restores a recently deleted comment
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#restoreComment
   * @see https://dev.vk.com/method/market.restoreComment
   */
  restoreComment(params: T.MarketRestoreCommentParams, options?: O): Promise<T.MarketRestoreCommentResponse>;
  /**
   * Save market photo after upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#saveProductPhoto
   * @see https://dev.vk.com/method/market.saveProductPhoto
   */
  saveProductPhoto(params: T.MarketSaveProductPhotoParams, options?: O): Promise<T.MarketSaveProductPhotoResponse>;
  /**
   * Bulk save market photo after upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#saveProductPhotoBulk
   * @see https://dev.vk.com/method/market.saveProductPhotoBulk
   */
  saveProductPhotoBulk(params: T.MarketSaveProductPhotoBulkParams, options?: O): Promise<T.MarketSaveProductPhotoBulkResponse>;
  /**
   * Searches market items in a community's catalog
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#search
   * @see https://dev.vk.com/method/market.search
   */
  search<Extended extends T.MarketSearchParams["extended"] = undefined>(params: T.MarketSearchParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"market.search", { extended: Extended }>>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#searchItems
   * @see https://dev.vk.com/method/market.searchItems
   */
  searchItems(params: T.MarketSearchItemsParams, options?: O): Promise<T.MarketSearchItemsResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#searchItemsBasic
   * @see https://dev.vk.com/method/market.searchItemsBasic
   */
  searchItemsBasic(params: T.MarketSearchItemsBasicParams, options?: O): Promise<T.MarketSearchItemsBasicResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/market.html#ungroupItems
   * @see https://dev.vk.com/method/market.ungroupItems
   */
  ungroupItems(params: T.MarketUngroupItemsParams, options?: O): Promise<T.MarketUngroupItemsResponse>;
}

/**
 * The `messages.*` methods. `O` is the client's per-call options type.
 */
export interface ApiMessagesNamespace<O> {
  /**
   * Adds a new user to a chat.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 939 `api_error_messages_message_request_already_sent`: Message request already sent
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   * - 947 `api_error_messages_member_access_to_group_denied`: Can't add user to chat, because user has no access to group
   * - 946 `api_error_messages_chat_unsupported`: Chat not supported
   * - 932 `api_error_messages_group_peer_access`: Your community can't interact with this peer
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#addChatUser
   * @see https://dev.vk.com/method/messages.addChatUser
   */
  addChatUser(params: T.MessagesAddChatUserParams, options?: O): Promise<T.MessagesAddChatUserResponse>;
  /**
   * Adds new users to a chat.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#addChatUsers
   * @see https://dev.vk.com/method/messages.addChatUsers
   */
  addChatUsers(params?: T.MessagesAddChatUsersParams, options?: O): Promise<T.MessagesAddChatUsersResponse>;
  /**
   * Allows sending messages from community to the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 943 `api_error_messages_intent_cant_use`: Cannot use this intent
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#allowMessagesFromGroup
   * @see https://dev.vk.com/method/messages.allowMessagesFromGroup
   */
  allowMessagesFromGroup(params: T.MessagesAllowMessagesFromGroupParams, options?: O): Promise<T.MessagesAllowMessagesFromGroupResponse>;
  /**
   * Creates a chat with several participants.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#createChat
   * @see https://dev.vk.com/method/messages.createChat
   */
  createChat(params?: T.MessagesCreateChatParams, options?: O): Promise<T.MessagesCreateChatResponse>;
  /**
   * Deletes one or more messages.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 924 `api_error_messages_cant_delete_for_all`: Can't delete this message for everybody
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#delete
   * @see https://dev.vk.com/method/messages.delete
   */
  delete(params?: T.MessagesDeleteParams, options?: O): Promise<T.MessagesDeleteResponse>;
  /**
   * Deletes a chat's cover picture.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#deleteChatPhoto
   * @see https://dev.vk.com/method/messages.deleteChatPhoto
   */
  deleteChatPhoto(params: T.MessagesDeleteChatPhotoParams, options?: O): Promise<T.MessagesDeleteChatPhotoResponse>;
  /**
   * Deletes all private messages in a conversation.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#deleteConversation
   * @see https://dev.vk.com/method/messages.deleteConversation
   */
  deleteConversation(params?: T.MessagesDeleteConversationParams, options?: O): Promise<T.MessagesDeleteConversationResponse>;
  /**
   * Delete message reaction
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#deleteReaction
   * @see https://dev.vk.com/method/messages.deleteReaction
   */
  deleteReaction(params: T.MessagesDeleteReactionParams, options?: O): Promise<T.MessagesDeleteReactionResponse>;
  /**
   * Denies sending message from community to the current user.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#denyMessagesFromGroup
   * @see https://dev.vk.com/method/messages.denyMessagesFromGroup
   */
  denyMessagesFromGroup(params: T.MessagesDenyMessagesFromGroupParams, options?: O): Promise<T.MessagesDenyMessagesFromGroupResponse>;
  /**
   * Edits the message.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 901 `api_error_messages_deny_send`: Can't send messages for users without permission
   * - 909 `api_error_messages_edit_expired`: Can't edit this message, because it's too old
   * - 910 `api_error_messages_too_big`: Can't sent this message, because it's too big
   * - 920 `api_error_messages_edit_kind_disallowed`: Can't edit this kind of message
   * - 914 `api_error_messages_too_long_message`: Message is too long
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 911 `api_error_messages_keyboard_invalid`: Keyboard format is invalid
   * - 940 `api_error_messages_too_many_posts`: Too many posts in messages
   * - 946 `api_error_messages_chat_unsupported`: Chat not supported
   * - 912 `api_error_messages_chat_bot_feature`: This is a chat bot feature, change this status in settings
   * - 949 `api_error_messages_cant_edit_pinned_yet`: Can't edit pinned message yet
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#edit
   * @see https://dev.vk.com/method/messages.edit
   */
  edit(params: T.MessagesEditParams, options?: O): Promise<T.MessagesEditResponse>;
  /**
   * Edits the title of a chat.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   * - 946 `api_error_messages_chat_unsupported`: Chat not supported
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#editChat
   * @see https://dev.vk.com/method/messages.editChat
   */
  editChat(params: T.MessagesEditChatParams, options?: O): Promise<T.MessagesEditChatResponse>;
  /**
   * Returns messages by their IDs within the conversation.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getByConversationMessageId
   * @see https://dev.vk.com/method/messages.getByConversationMessageId
   */
  getByConversationMessageId<Extended extends T.MessagesGetByConversationMessageIdParams["extended"] = undefined>(params: T.MessagesGetByConversationMessageIdParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"messages.getByConversationMessageId", { extended: Extended }>>;
  /**
   * Returns messages by their IDs.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getById
   * @see https://dev.vk.com/method/messages.getById
   */
  getById<Extended extends T.MessagesGetByIdParams["extended"] = undefined>(params?: T.MessagesGetByIdParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"messages.getById", { extended: Extended }>>;
  /**
   * Returns information about a chat.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   * - 946 `api_error_messages_chat_unsupported`: Chat not supported
   * - 1012 `api_error_messages_writing_disabled_for_chat`: Writing is disabled for this chat
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getChat
   * @see https://dev.vk.com/method/messages.getChat
   */
  getChat<ChatIds extends T.MessagesGetChatParams["chat_ids"] = undefined, Fields extends T.MessagesGetChatParams["fields"] = undefined>(params?: T.MessagesGetChatParams & { chat_ids?: ChatIds; fields?: Fields }, options?: O): Promise<ApiResponse<"messages.getChat", { chat_ids: ChatIds; fields: Fields }>>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 901 `api_error_messages_deny_send`: Can't send messages for users without permission
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getChatPreview
   * @see https://dev.vk.com/method/messages.getChatPreview
   */
  getChatPreview(params?: T.MessagesGetChatPreviewParams, options?: O): Promise<T.MessagesGetChatPreviewResponse>;
  /**
   * Returns a list of IDs of users participating in a chat.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getConversationMembers
   * @see https://dev.vk.com/method/messages.getConversationMembers
   */
  getConversationMembers(params: T.MessagesGetConversationMembersParams, options?: O): Promise<T.MessagesGetConversationMembersResponse>;
  /**
   * Returns a list of the current user's conversations.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getConversations
   * @see https://dev.vk.com/method/messages.getConversations
   */
  getConversations(params?: T.MessagesGetConversationsParams, options?: O): Promise<T.MessagesGetConversationsResponse>;
  /**
   * Returns conversations by their IDs
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getConversationsById
   * @see https://dev.vk.com/method/messages.getConversationsById
   */
  getConversationsById<Extended extends T.MessagesGetConversationsByIdParams["extended"] = undefined>(params: T.MessagesGetConversationsByIdParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"messages.getConversationsById", { extended: Extended }>>;
  /**
   * Returns message history for the specified user or group chat.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getHistory
   * @see https://dev.vk.com/method/messages.getHistory
   */
  getHistory<Extended extends T.MessagesGetHistoryParams["extended"] = undefined>(params?: T.MessagesGetHistoryParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"messages.getHistory", { extended: Extended }>>;
  /**
   * Returns media files from the dialog or group chat.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getHistoryAttachments
   * @see https://dev.vk.com/method/messages.getHistoryAttachments
   */
  getHistoryAttachments(params?: T.MessagesGetHistoryAttachmentsParams, options?: O): Promise<T.MessagesGetHistoryAttachmentsResponse>;
  /**
   * Returns a list of user's important messages.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getImportantMessages
   * @see https://dev.vk.com/method/messages.getImportantMessages
   */
  getImportantMessages<Extended extends T.MessagesGetImportantMessagesParams["extended"] = undefined>(params?: T.MessagesGetImportantMessagesParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"messages.getImportantMessages", { extended: Extended }>>;
  /**
   * Token types: group.
   *
   * Errors (besides the global ones):
   * - 943 `api_error_messages_intent_cant_use`: Cannot use this intent
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getIntentUsers
   * @see https://dev.vk.com/method/messages.getIntentUsers
   */
  getIntentUsers(params: T.MessagesGetIntentUsersParams, options?: O): Promise<T.MessagesGetIntentUsersResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 919 `api_error_messages_cant_see_invite_link`: You can't see invite link for this chat
   * - 931 `api_error_messages_cant_change_invite_link`: You can't change invite link for this chat
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getInviteLink
   * @see https://dev.vk.com/method/messages.getInviteLink
   */
  getInviteLink(params: T.MessagesGetInviteLinkParams, options?: O): Promise<T.MessagesGetInviteLinkResponse | T.MessagesGetInviteLinkResponseByOwner>;
  /**
   * Returns a user's current status and date of last activity.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getLastActivity
   * @see https://dev.vk.com/method/messages.getLastActivity
   */
  getLastActivity(params: T.MessagesGetLastActivityParams, options?: O): Promise<T.MessagesGetLastActivityResponse>;
  /**
   * Returns updates in user's private messages.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 907 `api_error_messages_too_old_pts`: Value of ts or pts is too old
   * - 908 `api_error_messages_too_new_pts`: Value of ts or pts is too new
   * - 36 `api_error_timeout`: Method execution was interrupted due to timeout
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   * - 990 `api_error_messages_drop_device_cache`: Drop device cache
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getLongPollHistory
   * @see https://dev.vk.com/method/messages.getLongPollHistory
   */
  getLongPollHistory(params?: T.MessagesGetLongPollHistoryParams, options?: O): Promise<T.MessagesGetLongPollHistoryResponse>;
  /**
   * Returns data required for connection to a Long Poll server.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getLongPollServer
   * @see https://dev.vk.com/method/messages.getLongPollServer
   */
  getLongPollServer(params?: T.MessagesGetLongPollServerParams, options?: O): Promise<T.MessagesGetLongPollServerResponse>;
  /**
   * Get reaction counters for message
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getMessagesReactions
   * @see https://dev.vk.com/method/messages.getMessagesReactions
   */
  getMessagesReactions(params: T.MessagesGetMessagesReactionsParams, options?: O): Promise<T.MessagesGetMessagesReactionsResponse>;
  /**
   * Get reacted users and counters for message
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1009 `api_error_messages_invalid_reaction_id`: Unknown reaction passed
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getReactedPeers
   * @see https://dev.vk.com/method/messages.getReactedPeers
   */
  getReactedPeers(params: T.MessagesGetReactedPeersParams, options?: O): Promise<T.MessagesGetReactedPeersResponse>;
  /**
   * Get assets to display message reactions
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#getReactionsAssets
   * @see https://dev.vk.com/method/messages.getReactionsAssets
   */
  getReactionsAssets(params?: T.MessagesGetReactionsAssetsParams, options?: O): Promise<T.MessagesGetReactionsAssetsResponse>;
  /**
   * Returns information whether sending messages from the community to current user is allowed.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 943 `api_error_messages_intent_cant_use`: Cannot use this intent
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#isMessagesFromGroupAllowed
   * @see https://dev.vk.com/method/messages.isMessagesFromGroupAllowed
   */
  isMessagesFromGroupAllowed(params: T.MessagesIsMessagesFromGroupAllowedParams, options?: O): Promise<T.MessagesIsMessagesFromGroupAllowedResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#joinChatByInviteLink
   * @see https://dev.vk.com/method/messages.joinChatByInviteLink
   */
  joinChatByInviteLink(params: T.MessagesJoinChatByInviteLinkParams, options?: O): Promise<T.MessagesJoinChatByInviteLinkResponse>;
  /**
   * Marks and unmarks conversations as unanswered.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#markAsAnsweredConversation
   * @see https://dev.vk.com/method/messages.markAsAnsweredConversation
   */
  markAsAnsweredConversation(params: T.MessagesMarkAsAnsweredConversationParams, options?: O): Promise<T.MessagesMarkAsAnsweredConversationResponse>;
  /**
   * Marks and unmarks messages as important (starred).
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#markAsImportant
   * @see https://dev.vk.com/method/messages.markAsImportant
   */
  markAsImportant(params?: T.MessagesMarkAsImportantParams, options?: O): Promise<T.MessagesMarkAsImportantResponse>;
  /**
   * Marks and unmarks conversations as important.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#markAsImportantConversation
   * @see https://dev.vk.com/method/messages.markAsImportantConversation
   */
  markAsImportantConversation(params: T.MessagesMarkAsImportantConversationParams, options?: O): Promise<T.MessagesMarkAsImportantConversationResponse>;
  /**
   * Marks messages as read.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#markAsRead
   * @see https://dev.vk.com/method/messages.markAsRead
   */
  markAsRead(params?: T.MessagesMarkAsReadParams, options?: O): Promise<T.MessagesMarkAsReadResponse>;
  /**
   * Mark messages reactions as read
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#markReactionsAsRead
   * @see https://dev.vk.com/method/messages.markReactionsAsRead
   */
  markReactionsAsRead(params: T.MessagesMarkReactionsAsReadParams, options?: O): Promise<T.MessagesMarkReactionsAsReadResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#muteChatMentions
   * @see https://dev.vk.com/method/messages.muteChatMentions
   */
  muteChatMentions(params: T.MessagesMuteChatMentionsParams, options?: O): Promise<T.MessagesMuteChatMentionsResponse>;
  /**
   * Pin a message.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 942 `api_error_messages_cant_pin_one_time_story`: Cannot pin one-time story
   * - 970 `api_error_messages_cant_pin_expiring_message`: Cannot pin an expiring message
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#pin
   * @see https://dev.vk.com/method/messages.pin
   */
  pin(params: T.MessagesPinParams, options?: O): Promise<T.MessagesPinResponse>;
  /**
   * Allows the current user to leave a chat or, if the current user started the chat, allows the user to remove another user from the chat.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 935 `api_error_messages_chat_user_not_in_chat`: User not found in chat
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   * - 946 `api_error_messages_chat_unsupported`: Chat not supported
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#removeChatUser
   * @see https://dev.vk.com/method/messages.removeChatUser
   */
  removeChatUser(params: T.MessagesRemoveChatUserParams, options?: O): Promise<T.MessagesRemoveChatUserResponse>;
  /**
   * Restores a deleted message.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#restore
   * @see https://dev.vk.com/method/messages.restore
   */
  restore(params?: T.MessagesRestoreParams, options?: O): Promise<T.MessagesRestoreResponse>;
  /**
   * Returns a list of the current user's private messages that match search criteria.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#search
   * @see https://dev.vk.com/method/messages.search
   */
  search<Extended extends T.MessagesSearchParams["extended"] = undefined>(params?: T.MessagesSearchParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"messages.search", { extended: Extended }>>;
  /**
   * Returns a list of the current user's conversations that match search criteria.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#searchConversations
   * @see https://dev.vk.com/method/messages.searchConversations
   */
  searchConversations<Extended extends T.MessagesSearchConversationsParams["extended"] = undefined>(params?: T.MessagesSearchConversationsParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"messages.searchConversations", { extended: Extended }>>;
  /**
   * Sends a message.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 900 `api_error_messages_user_blocked`: Can't send messages for users from blacklist
   * - 901 `api_error_messages_deny_send`: Can't send messages for users without permission
   * - 902 `api_error_messages_privacy`: Can't send messages to this user due to their privacy settings
   * - 914 `api_error_messages_too_long_message`: Message is too long
   * - 913 `api_error_messages_too_long_forwards`: Too many forwarded messages
   * - 921 `api_error_messages_cant_fwd`: Can't forward these messages
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 911 `api_error_messages_keyboard_invalid`: Keyboard format is invalid
   * - 912 `api_error_messages_chat_bot_feature`: This is a chat bot feature, change this status in settings
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   * - 940 `api_error_messages_too_many_posts`: Too many posts in messages
   * - 943 `api_error_messages_intent_cant_use`: Cannot use this intent
   * - 944 `api_error_messages_intent_limit_overflow`: Limits overflow for this intent
   * - 946 `api_error_messages_chat_unsupported`: Chat not supported
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 950 `api_error_messages_peer_blocked_reason_by_time`: Can't send message, reply timed out
   * - 104 `api_error_not_found`: Not found
   * - 962 `api_error_messages_user_not_don`: You can't access donut chat without subscription
   * - 969 `api_error_messages_message_cannot_be_forwarded`: Message cannot be forwarded
   * - 922 `api_error_messages_chat_user_left`: You left this chat
   * - 1012 `api_error_messages_writing_disabled_for_chat`: Writing is disabled for this chat
   * - 985 `api_error_messages_group_for_notifications_only`: Cannot write to notifications only groups
   * - 987 `api_error_messages_need_message_request`: Need message request
   * - 988 `api_error_messages_pending_message_request`: Pending message request
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#send
   * @see https://dev.vk.com/method/messages.send
   */
  send<PeerIds extends MessagesSendCallParams["peer_ids"] = undefined>(params?: MessagesSendCallParams & { peer_ids?: PeerIds }, options?: O): Promise<ApiResponse<"messages.send", { peer_ids: PeerIds }>>;
  /**
   * Token types: group.
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#sendMessageEventAnswer
   * @see https://dev.vk.com/method/messages.sendMessageEventAnswer
   */
  sendMessageEventAnswer(params: T.MessagesSendMessageEventAnswerParams, options?: O): Promise<T.MessagesSendMessageEventAnswerResponse>;
  /**
   * Send message reaction
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1009 `api_error_messages_invalid_reaction_id`: Unknown reaction passed
   * - 1010 `api_error_messages_forbidden_reaction`: This reaction has been disabled
   * - 1011 `api_error_messages_reactions_limit_reached`: Reactions limit for this message has been reached
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#sendReaction
   * @see https://dev.vk.com/method/messages.sendReaction
   */
  sendReaction(params: T.MessagesSendReactionParams, options?: O): Promise<T.MessagesSendReactionResponse>;
  /**
   * Changes the status of a user as typing in a conversation.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 932 `api_error_messages_group_peer_access`: Your community can't interact with this peer
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#setActivity
   * @see https://dev.vk.com/method/messages.setActivity
   */
  setActivity(params?: T.MessagesSetActivityParams, options?: O): Promise<T.MessagesSetActivityResponse>;
  /**
   * Sets a previously-uploaded picture as the cover picture of a chat.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 22 `api_error_upload`: Upload error
   * - 1160 `api_error_photo_changed`: Original photo was changed
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#setChatPhoto
   * @see https://dev.vk.com/method/messages.setChatPhoto
   */
  setChatPhoto(params: T.MessagesSetChatPhotoParams, options?: O): Promise<T.MessagesSetChatPhotoResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   *
   * Guide: https://vkts.github.io/vkts/api/messages.html#unpin
   * @see https://dev.vk.com/method/messages.unpin
   */
  unpin(params: T.MessagesUnpinParams, options?: O): Promise<T.MessagesUnpinResponse>;
}

/**
 * The `newsfeed.*` methods. `O` is the client's per-call options type.
 */
export interface ApiNewsfeedNamespace<O> {
  /**
   * Prevents news from specified users and communities from appearing in the current user's newsfeed.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#addBan
   * @see https://dev.vk.com/method/newsfeed.addBan
   */
  addBan(params?: T.NewsfeedAddBanParams, options?: O): Promise<T.NewsfeedAddBanResponse>;
  /**
   * Allows news from previously banned users and communities to be shown in the current user's newsfeed.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#deleteBan
   * @see https://dev.vk.com/method/newsfeed.deleteBan
   */
  deleteBan(params?: T.NewsfeedDeleteBanParams, options?: O): Promise<T.NewsfeedDeleteBanResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#deleteList
   * @see https://dev.vk.com/method/newsfeed.deleteList
   */
  deleteList(params: T.NewsfeedDeleteListParams, options?: O): Promise<T.NewsfeedDeleteListResponse>;
  /**
   * Returns data required to show newsfeed for the current user.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#get
   * @see https://dev.vk.com/method/newsfeed.get
   */
  get(params?: T.NewsfeedGetParams, options?: O): Promise<T.NewsfeedGetResponse>;
  /**
   * Returns a list of users and communities banned from the current user's newsfeed.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#getBanned
   * @see https://dev.vk.com/method/newsfeed.getBanned
   */
  getBanned<Extended extends T.NewsfeedGetBannedParams["extended"] = undefined>(params?: T.NewsfeedGetBannedParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"newsfeed.getBanned", { extended: Extended }>>;
  /**
   * Returns a list of comments in the current user's newsfeed.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#getComments
   * @see https://dev.vk.com/method/newsfeed.getComments
   */
  getComments(params?: T.NewsfeedGetCommentsParams, options?: O): Promise<T.NewsfeedGetCommentsResponse>;
  /**
   * Returns a list of newsfeeds followed by the current user.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#getLists
   * @see https://dev.vk.com/method/newsfeed.getLists
   */
  getLists<Extended extends T.NewsfeedGetListsParams["extended"] = undefined>(params?: T.NewsfeedGetListsParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"newsfeed.getLists", { extended: Extended }>>;
  /**
   * Returns a list of posts on user walls in which the current user is mentioned.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#getMentions
   * @see https://dev.vk.com/method/newsfeed.getMentions
   */
  getMentions(params?: T.NewsfeedGetMentionsParams, options?: O): Promise<T.NewsfeedGetMentionsResponse>;
  /**
   * , Returns a list of newsfeeds recommended to the current user.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#getRecommended
   * @see https://dev.vk.com/method/newsfeed.getRecommended
   */
  getRecommended(params?: T.NewsfeedGetRecommendedParams, options?: O): Promise<T.NewsfeedGetRecommendedResponse>;
  /**
   * Returns communities and users that current user is suggested to follow.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#getSuggestedSources
   * @see https://dev.vk.com/method/newsfeed.getSuggestedSources
   */
  getSuggestedSources(params?: T.NewsfeedGetSuggestedSourcesParams, options?: O): Promise<T.NewsfeedGetSuggestedSourcesResponse>;
  /**
   * Hides an item from the newsfeed.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#ignoreItem
   * @see https://dev.vk.com/method/newsfeed.ignoreItem
   */
  ignoreItem(params: T.NewsfeedIgnoreItemParams, options?: O): Promise<T.NewsfeedIgnoreItemResponse>;
  /**
   * Creates and edits user newsfeed lists
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1170 `api_error_too_many_lists`: Too many feed lists
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#saveList
   * @see https://dev.vk.com/method/newsfeed.saveList
   */
  saveList(params: T.NewsfeedSaveListParams, options?: O): Promise<T.NewsfeedSaveListResponse>;
  /**
   * Returns search results by statuses.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#search
   * @see https://dev.vk.com/method/newsfeed.search
   */
  search<Extended extends T.NewsfeedSearchParams["extended"] = undefined>(params?: T.NewsfeedSearchParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"newsfeed.search", { extended: Extended }>>;
  /**
   * Returns a hidden item to the newsfeed.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#unignoreItem
   * @see https://dev.vk.com/method/newsfeed.unignoreItem
   */
  unignoreItem(params: T.NewsfeedUnignoreItemParams, options?: O): Promise<T.NewsfeedUnignoreItemResponse>;
  /**
   * Unsubscribes the current user from specified newsfeeds.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#unsubscribe
   * @see https://dev.vk.com/method/newsfeed.unsubscribe
   */
  unsubscribe(params: T.NewsfeedUnsubscribeParams, options?: O): Promise<T.NewsfeedUnsubscribeResponse>;
}

/**
 * The `notes.*` methods. `O` is the client's per-call options type.
 */
export interface ApiNotesNamespace<O> {
  /**
   * Creates a new note for the current user.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/notes.html#add
   * @see https://dev.vk.com/method/notes.add
   */
  add(params: T.NotesAddParams, options?: O): Promise<T.NotesAddResponse>;
  /**
   * Adds a new comment on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 181 `api_error_access_note`: Access to note denied
   * - 182 `api_error_access_note_comment`: You can't comment this note
   *
   * Guide: https://vkts.github.io/vkts/api/notes.html#createComment
   * @see https://dev.vk.com/method/notes.createComment
   */
  createComment(params: T.NotesCreateCommentParams, options?: O): Promise<T.NotesCreateCommentResponse>;
  /**
   * Deletes a note of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 180 `api_error_param_note_id`: Note not found
   *
   * Guide: https://vkts.github.io/vkts/api/notes.html#delete
   * @see https://dev.vk.com/method/notes.delete
   */
  delete(params: T.NotesDeleteParams, options?: O): Promise<T.NotesDeleteResponse>;
  /**
   * Deletes a comment on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 181 `api_error_access_note`: Access to note denied
   * - 183 `api_error_access_comment`: Access to comment denied
   *
   * Guide: https://vkts.github.io/vkts/api/notes.html#deleteComment
   * @see https://dev.vk.com/method/notes.deleteComment
   */
  deleteComment(params: T.NotesDeleteCommentParams, options?: O): Promise<T.NotesDeleteCommentResponse>;
  /**
   * Edits a note of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 180 `api_error_param_note_id`: Note not found
   *
   * Guide: https://vkts.github.io/vkts/api/notes.html#edit
   * @see https://dev.vk.com/method/notes.edit
   */
  edit(params: T.NotesEditParams, options?: O): Promise<T.NotesEditResponse>;
  /**
   * Edits a comment on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 183 `api_error_access_comment`: Access to comment denied
   *
   * Guide: https://vkts.github.io/vkts/api/notes.html#editComment
   * @see https://dev.vk.com/method/notes.editComment
   */
  editComment(params: T.NotesEditCommentParams, options?: O): Promise<T.NotesEditCommentResponse>;
  /**
   * Returns a list of notes created by a user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 180 `api_error_param_note_id`: Note not found
   *
   * Guide: https://vkts.github.io/vkts/api/notes.html#get
   * @see https://dev.vk.com/method/notes.get
   */
  get(params?: T.NotesGetParams, options?: O): Promise<T.NotesGetResponse>;
  /**
   * Returns a note by its ID.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 181 `api_error_access_note`: Access to note denied
   * - 180 `api_error_param_note_id`: Note not found
   *
   * Guide: https://vkts.github.io/vkts/api/notes.html#getById
   * @see https://dev.vk.com/method/notes.getById
   */
  getById(params: T.NotesGetByIdParams, options?: O): Promise<T.NotesGetByIdResponse>;
  /**
   * Returns a list of comments on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 181 `api_error_access_note`: Access to note denied
   *
   * Guide: https://vkts.github.io/vkts/api/notes.html#getComments
   * @see https://dev.vk.com/method/notes.getComments
   */
  getComments(params: T.NotesGetCommentsParams, options?: O): Promise<T.NotesGetCommentsResponse>;
  /**
   * Restores a deleted comment on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 183 `api_error_access_comment`: Access to comment denied
   *
   * Guide: https://vkts.github.io/vkts/api/notes.html#restoreComment
   * @see https://dev.vk.com/method/notes.restoreComment
   */
  restoreComment(params: T.NotesRestoreCommentParams, options?: O): Promise<T.NotesRestoreCommentResponse>;
}

/**
 * The `notifications.*` methods. `O` is the client's per-call options type.
 */
export interface ApiNotificationsNamespace<O> {
  /**
   * Returns a list of notifications about other users' feedback to the current user's wall posts.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/notifications.html#get
   * @see https://dev.vk.com/method/notifications.get
   */
  get(params?: T.NotificationsGetParams, options?: O): Promise<T.NotificationsGetResponse>;
  /**
   * Resets the counter of new notifications about other users' feedback to the current user's wall posts.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/notifications.html#markAsViewed
   * @see https://dev.vk.com/method/notifications.markAsViewed
   */
  markAsViewed(params?: T.NotificationsMarkAsViewedParams, options?: O): Promise<T.NotificationsMarkAsViewedResponse>;
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 711 `api_error_group_app_is_not_installed_in_community`: Application is not installed in community
   *
   * Guide: https://vkts.github.io/vkts/api/notifications.html#sendMessage
   * @see https://dev.vk.com/method/notifications.sendMessage
   */
  sendMessage(params: T.NotificationsSendMessageParams, options?: O): Promise<T.NotificationsSendMessageResponse>;
}

/**
 * The `orders.*` methods. `O` is the client's per-call options type.
 */
export interface ApiOrdersNamespace<O> {
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 1256 `api_error_apps_subscription_not_found`: Subscription not found
   * - 1257 `api_error_apps_subscription_invalid_status`: Subscription is in invalid status
   *
   * Guide: https://vkts.github.io/vkts/api/orders.html#cancelSubscription
   * @see https://dev.vk.com/method/orders.cancelSubscription
   */
  cancelSubscription(params: T.OrdersCancelSubscriptionParams, options?: O): Promise<T.OrdersCancelSubscriptionResponse>;
  /**
   * Changes order status.
   *
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * Guide: https://vkts.github.io/vkts/api/orders.html#changeState
   * @see https://dev.vk.com/method/orders.changeState
   */
  changeState(params: T.OrdersChangeStateParams, options?: O): Promise<T.OrdersChangeStateResponse>;
  /**
   * Returns a list of orders.
   *
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/orders.html#get
   * @see https://dev.vk.com/method/orders.get
   */
  get(params?: T.OrdersGetParams, options?: O): Promise<T.OrdersGetResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/orders.html#getAmount
   * @see https://dev.vk.com/method/orders.getAmount
   */
  getAmount(params: T.OrdersGetAmountParams, options?: O): Promise<T.OrdersGetAmountResponse>;
  /**
   * Returns information about orders by their IDs.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/orders.html#getById
   * @see https://dev.vk.com/method/orders.getById
   */
  getById(params?: T.OrdersGetByIdParams, options?: O): Promise<T.OrdersGetByIdResponse>;
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 1256 `api_error_apps_subscription_not_found`: Subscription not found
   *
   * Guide: https://vkts.github.io/vkts/api/orders.html#getUserSubscriptionById
   * @see https://dev.vk.com/method/orders.getUserSubscriptionById
   */
  getUserSubscriptionById(params: T.OrdersGetUserSubscriptionByIdParams, options?: O): Promise<T.OrdersGetUserSubscriptionByIdResponse>;
  /**
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/orders.html#getUserSubscriptions
   * @see https://dev.vk.com/method/orders.getUserSubscriptions
   */
  getUserSubscriptions(params: T.OrdersGetUserSubscriptionsParams, options?: O): Promise<T.OrdersGetUserSubscriptionsResponse>;
}

/**
 * The `pages.*` methods. `O` is the client's per-call options type.
 */
export interface ApiPagesNamespace<O> {
  /**
   * Allows to clear the cache of particular 'external' pages which may be attached to VK posts.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/pages.html#clearCache
   * @see https://dev.vk.com/method/pages.clearCache
   */
  clearCache(params: T.PagesClearCacheParams, options?: O): Promise<T.PagesClearCacheResponse>;
  /**
   * Returns information about a wiki page.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/pages.html#get
   * @see https://dev.vk.com/method/pages.get
   */
  get(params?: T.PagesGetParams, options?: O): Promise<T.PagesGetResponse>;
  /**
   * Returns a list of all previous versions of a wiki page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   * - 140 `api_error_param_page_id`: Page not found
   *
   * Guide: https://vkts.github.io/vkts/api/pages.html#getHistory
   * @see https://dev.vk.com/method/pages.getHistory
   */
  getHistory(params: T.PagesGetHistoryParams, options?: O): Promise<T.PagesGetHistoryResponse>;
  /**
   * Returns a list of wiki pages in a group.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   *
   * Guide: https://vkts.github.io/vkts/api/pages.html#getTitles
   * @see https://dev.vk.com/method/pages.getTitles
   */
  getTitles(params?: T.PagesGetTitlesParams, options?: O): Promise<T.PagesGetTitlesResponse>;
  /**
   * Returns the text of one of the previous versions of a wiki page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   *
   * Guide: https://vkts.github.io/vkts/api/pages.html#getVersion
   * @see https://dev.vk.com/method/pages.getVersion
   */
  getVersion(params: T.PagesGetVersionParams, options?: O): Promise<T.PagesGetVersionResponse>;
  /**
   * Returns HTML representation of the wiki markup.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/pages.html#parseWiki
   * @see https://dev.vk.com/method/pages.parseWiki
   */
  parseWiki(params: T.PagesParseWikiParams, options?: O): Promise<T.PagesParseWikiResponse>;
  /**
   * Saves the text of a wiki page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   * - 140 `api_error_param_page_id`: Page not found
   * - 119 `api_error_param_title`: Invalid title
   *
   * Guide: https://vkts.github.io/vkts/api/pages.html#save
   * @see https://dev.vk.com/method/pages.save
   */
  save(params?: T.PagesSaveParams, options?: O): Promise<T.PagesSaveResponse>;
  /**
   * Saves modified read and edit access settings for a wiki page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   * - 140 `api_error_param_page_id`: Page not found
   *
   * Guide: https://vkts.github.io/vkts/api/pages.html#saveAccess
   * @see https://dev.vk.com/method/pages.saveAccess
   */
  saveAccess(params: T.PagesSaveAccessParams, options?: O): Promise<T.PagesSaveAccessResponse>;
}

/**
 * The `photos.*` methods. `O` is the client's per-call options type.
 */
export interface ApiPhotosNamespace<O> {
  /**
   * Confirms a tag on a photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#confirmTag
   * @see https://dev.vk.com/method/photos.confirmTag
   */
  confirmTag(params: T.PhotosConfirmTagParams, options?: O): Promise<T.PhotosConfirmTagResponse>;
  /**
   * Allows to copy a photo to the "Saved photos" album
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#copy
   * @see https://dev.vk.com/method/photos.copy
   */
  copy(params: T.PhotosCopyParams, options?: O): Promise<T.PhotosCopyResponse>;
  /**
   * Creates an empty photo album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 302 `api_error_albums_limit`: Albums number limit is reached
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#createAlbum
   * @see https://dev.vk.com/method/photos.createAlbum
   */
  createAlbum(params: T.PhotosCreateAlbumParams, options?: O): Promise<T.PhotosCreateAlbumResponse>;
  /**
   * Adds a new comment on the photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#createComment
   * @see https://dev.vk.com/method/photos.createComment
   */
  createComment(params: T.PhotosCreateCommentParams, options?: O): Promise<T.PhotosCreateCommentResponse>;
  /**
   * Deletes a photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#delete
   * @see https://dev.vk.com/method/photos.delete
   */
  delete(params?: T.PhotosDeleteParams, options?: O): Promise<T.PhotosDeleteResponse>;
  /**
   * Deletes a photo album belonging to the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#deleteAlbum
   * @see https://dev.vk.com/method/photos.deleteAlbum
   */
  deleteAlbum(params: T.PhotosDeleteAlbumParams, options?: O): Promise<T.PhotosDeleteAlbumResponse>;
  /**
   * Deletes a comment on the photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#deleteComment
   * @see https://dev.vk.com/method/photos.deleteComment
   */
  deleteComment(params: T.PhotosDeleteCommentParams, options?: O): Promise<T.PhotosDeleteCommentResponse>;
  /**
   * Edits the caption of a photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#edit
   * @see https://dev.vk.com/method/photos.edit
   */
  edit(params: T.PhotosEditParams, options?: O): Promise<T.PhotosEditResponse>;
  /**
   * Edits information about a photo album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#editAlbum
   * @see https://dev.vk.com/method/photos.editAlbum
   */
  editAlbum(params: T.PhotosEditAlbumParams, options?: O): Promise<T.PhotosEditAlbumResponse>;
  /**
   * Edits a comment on a photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#editComment
   * @see https://dev.vk.com/method/photos.editComment
   */
  editComment(params: T.PhotosEditCommentParams, options?: O): Promise<T.PhotosEditCommentResponse>;
  /**
   * Returns a list of a user's or community's photos.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#get
   * @see https://dev.vk.com/method/photos.get
   */
  get(params?: T.PhotosGetParams, options?: O): Promise<T.PhotosGetResponse>;
  /**
   * Returns a list of a user's or community's photo albums.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getAlbums
   * @see https://dev.vk.com/method/photos.getAlbums
   */
  getAlbums(params?: T.PhotosGetAlbumsParams, options?: O): Promise<T.PhotosGetAlbumsResponse>;
  /**
   * Returns the number of photo albums belonging to a user or community.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getAlbumsCount
   * @see https://dev.vk.com/method/photos.getAlbumsCount
   */
  getAlbumsCount(params?: T.PhotosGetAlbumsCountParams, options?: O): Promise<T.PhotosGetAlbumsCountResponse>;
  /**
   * Returns a list of photos belonging to a user or community, in reverse chronological order.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 19 `api_error_blocked`: Content blocked
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getAll
   * @see https://dev.vk.com/method/photos.getAll
   */
  getAll(params?: T.PhotosGetAllParams, options?: O): Promise<T.PhotosGetAllResponse>;
  /**
   * Returns a list of comments on a specific photo album or all albums of the user sorted in reverse chronological order.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getAllComments
   * @see https://dev.vk.com/method/photos.getAllComments
   */
  getAllComments(params?: T.PhotosGetAllCommentsParams, options?: O): Promise<T.PhotosGetAllCommentsResponse>;
  /**
   * Returns information about photos by their IDs.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getById
   * @see https://dev.vk.com/method/photos.getById
   */
  getById(params: T.PhotosGetByIdParams, options?: O): Promise<T.PhotosGetByIdResponse>;
  /**
   * Returns an upload link for chat cover pictures.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getChatUploadServer
   * @see https://dev.vk.com/method/photos.getChatUploadServer
   */
  getChatUploadServer(params: T.PhotosGetChatUploadServerParams, options?: O): Promise<T.PhotosGetChatUploadServerResponse>;
  /**
   * Returns a list of comments on a photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getComments
   * @see https://dev.vk.com/method/photos.getComments
   */
  getComments<Extended extends T.PhotosGetCommentsParams["extended"] = undefined>(params: T.PhotosGetCommentsParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"photos.getComments", { extended: Extended }>>;
  /**
   * Returns the server address for market album photo upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getMarketAlbumUploadServer
   * @see https://dev.vk.com/method/photos.getMarketAlbumUploadServer
   */
  getMarketAlbumUploadServer(params: T.PhotosGetMarketAlbumUploadServerParams, options?: O): Promise<T.PhotosGetMarketAlbumUploadServerResponse>;
  /**
   * Returns the server address for photo upload in a private message for a user.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 901 `api_error_messages_deny_send`: Can't send messages for users without permission
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getMessagesUploadServer
   * @see https://dev.vk.com/method/photos.getMessagesUploadServer
   */
  getMessagesUploadServer(params?: T.PhotosGetMessagesUploadServerParams, options?: O): Promise<T.PhotosGetMessagesUploadServerResponse>;
  /**
   * Returns a list of photos with tags that have not been viewed.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getNewTags
   * @see https://dev.vk.com/method/photos.getNewTags
   */
  getNewTags(params?: T.PhotosGetNewTagsParams, options?: O): Promise<T.PhotosGetNewTagsResponse>;
  /**
   * Returns the server address for owner cover upload.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getOwnerCoverPhotoUploadServer
   * @see https://dev.vk.com/method/photos.getOwnerCoverPhotoUploadServer
   */
  getOwnerCoverPhotoUploadServer(params?: T.PhotosGetOwnerCoverPhotoUploadServerParams, options?: O): Promise<T.PhotosGetOwnerCoverPhotoUploadServerResponse>;
  /**
   * Returns an upload server address for a profile or community photo.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getOwnerPhotoUploadServer
   * @see https://dev.vk.com/method/photos.getOwnerPhotoUploadServer
   */
  getOwnerPhotoUploadServer(params?: T.PhotosGetOwnerPhotoUploadServerParams, options?: O): Promise<T.PhotosGetOwnerPhotoUploadServerResponse>;
  /**
   * Returns a list of tags on a photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getTags
   * @see https://dev.vk.com/method/photos.getTags
   */
  getTags(params: T.PhotosGetTagsParams, options?: O): Promise<T.PhotosGetTagsResponse>;
  /**
   * Returns the server address for photo upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getUploadServer
   * @see https://dev.vk.com/method/photos.getUploadServer
   */
  getUploadServer(params?: T.PhotosGetUploadServerParams, options?: O): Promise<T.PhotosGetUploadServerResponse>;
  /**
   * Returns a list of photos in which a user is tagged.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getUserPhotos
   * @see https://dev.vk.com/method/photos.getUserPhotos
   */
  getUserPhotos(params?: T.PhotosGetUserPhotosParams, options?: O): Promise<T.PhotosGetUserPhotosResponse>;
  /**
   * Returns the server address for photo upload onto a user's wall.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#getWallUploadServer
   * @see https://dev.vk.com/method/photos.getWallUploadServer
   */
  getWallUploadServer(params?: T.PhotosGetWallUploadServerParams, options?: O): Promise<T.PhotosGetWallUploadServerResponse>;
  /**
   * Makes a photo into an album cover.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#makeCover
   * @see https://dev.vk.com/method/photos.makeCover
   */
  makeCover(params: T.PhotosMakeCoverParams, options?: O): Promise<T.PhotosMakeCoverResponse>;
  /**
   * Moves a photo from one album to another.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#move
   * @see https://dev.vk.com/method/photos.move
   */
  move(params: T.PhotosMoveParams, options?: O): Promise<T.PhotosMoveResponse>;
  /**
   * Adds a tag on the photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#putTag
   * @see https://dev.vk.com/method/photos.putTag
   */
  putTag(params: T.PhotosPutTagParams, options?: O): Promise<T.PhotosPutTagResponse>;
  /**
   * Removes a tag from a photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#removeTag
   * @see https://dev.vk.com/method/photos.removeTag
   */
  removeTag(params: T.PhotosRemoveTagParams, options?: O): Promise<T.PhotosRemoveTagResponse>;
  /**
   * Reorders the album in the list of user albums.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#reorderAlbums
   * @see https://dev.vk.com/method/photos.reorderAlbums
   */
  reorderAlbums(params: T.PhotosReorderAlbumsParams, options?: O): Promise<T.PhotosReorderAlbumsResponse>;
  /**
   * Reorders the photo in the list of photos of the user album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 122 `api_error_param_photos`: Invalid photos
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#reorderPhotos
   * @see https://dev.vk.com/method/photos.reorderPhotos
   */
  reorderPhotos(params: T.PhotosReorderPhotosParams, options?: O): Promise<T.PhotosReorderPhotosResponse>;
  /**
   * Reports (submits a complaint about) a photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#report
   * @see https://dev.vk.com/method/photos.report
   */
  report(params: T.PhotosReportParams, options?: O): Promise<T.PhotosReportResponse>;
  /**
   * Reports (submits a complaint about) a comment on a photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#reportComment
   * @see https://dev.vk.com/method/photos.reportComment
   */
  reportComment(params: T.PhotosReportCommentParams, options?: O): Promise<T.PhotosReportCommentResponse>;
  /**
   * Restores a deleted photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#restore
   * @see https://dev.vk.com/method/photos.restore
   */
  restore(params: T.PhotosRestoreParams, options?: O): Promise<T.PhotosRestoreResponse>;
  /**
   * Restores a deleted comment on a photo.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#restoreComment
   * @see https://dev.vk.com/method/photos.restoreComment
   */
  restoreComment(params: T.PhotosRestoreCommentParams, options?: O): Promise<T.PhotosRestoreCommentResponse>;
  /**
   * Saves photos after successful uploading.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   * - 118 `api_error_param_server`: Invalid server
   * - 121 `api_error_param_hash`: Invalid hash
   * - 22 `api_error_upload`: Upload error
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#save
   * @see https://dev.vk.com/method/photos.save
   */
  save(params?: T.PhotosSaveParams, options?: O): Promise<T.PhotosSaveResponse>;
  /**
   * Saves market album photos after successful uploading.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 121 `api_error_param_hash`: Invalid hash
   * - 129 `api_error_param_photo`: Invalid photo
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#saveMarketAlbumPhoto
   * @see https://dev.vk.com/method/photos.saveMarketAlbumPhoto
   */
  saveMarketAlbumPhoto(params: T.PhotosSaveMarketAlbumPhotoParams, options?: O): Promise<T.PhotosSaveMarketAlbumPhotoResponse>;
  /**
   * Saves a photo after being successfully uploaded. URL obtained with [vk.com/dev/photos.getMessagesUploadServer|photos.getMessagesUploadServer] method.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   * - 118 `api_error_param_server`: Invalid server
   * - 121 `api_error_param_hash`: Invalid hash
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#saveMessagesPhoto
   * @see https://dev.vk.com/method/photos.saveMessagesPhoto
   */
  saveMessagesPhoto(params: T.PhotosSaveMessagesPhotoParams, options?: O): Promise<T.PhotosSaveMessagesPhotoResponse>;
  /**
   * Saves cover photo after successful uploading.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#saveOwnerCoverPhoto
   * @see https://dev.vk.com/method/photos.saveOwnerCoverPhoto
   */
  saveOwnerCoverPhoto(params?: T.PhotosSaveOwnerCoverPhotoParams, options?: O): Promise<T.PhotosSaveOwnerCoverPhotoResponse>;
  /**
   * Saves a profile or community photo. Upload URL can be got with the [vk.com/dev/photos.getOwnerPhotoUploadServer|photos.getOwnerPhotoUploadServer] method.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#saveOwnerPhoto
   * @see https://dev.vk.com/method/photos.saveOwnerPhoto
   */
  saveOwnerPhoto(params?: T.PhotosSaveOwnerPhotoParams, options?: O): Promise<T.PhotosSaveOwnerPhotoResponse>;
  /**
   * Saves a photo to a user's or community's wall after being uploaded.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   * - 118 `api_error_param_server`: Invalid server
   * - 121 `api_error_param_hash`: Invalid hash
   * - 22 `api_error_upload`: Upload error
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#saveWallPhoto
   * @see https://dev.vk.com/method/photos.saveWallPhoto
   */
  saveWallPhoto(params: T.PhotosSaveWallPhotoParams, options?: O): Promise<T.PhotosSaveWallPhotoResponse>;
  /**
   * Returns a list of photos.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/photos.html#search
   * @see https://dev.vk.com/method/photos.search
   */
  search(params?: T.PhotosSearchParams, options?: O): Promise<T.PhotosSearchResponse>;
}

/**
 * The `podcasts.*` methods. `O` is the client's per-call options type.
 */
export interface ApiPodcastsNamespace<O> {
  /**
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/podcasts.html#searchPodcast
   * @see https://dev.vk.com/method/podcasts.searchPodcast
   */
  searchPodcast(params: T.PodcastsSearchPodcastParams, options?: O): Promise<T.PodcastsSearchPodcastResponse>;
}

/**
 * The `polls.*` methods. `O` is the client's per-call options type.
 */
export interface ApiPollsNamespace<O> {
  /**
   * Adds the current user's vote to the selected answer in the poll.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 250 `api_error_polls_access`: Access to poll denied
   * - 252 `api_error_polls_answer_id`: Invalid answer id
   * - 251 `api_error_polls_poll_id`: Invalid poll id
   *
   * Guide: https://vkts.github.io/vkts/api/polls.html#addVote
   * @see https://dev.vk.com/method/polls.addVote
   */
  addVote(params: T.PollsAddVoteParams, options?: O): Promise<T.PollsAddVoteResponse>;
  /**
   * Creates polls that can be attached to the users' or communities' posts.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/polls.html#create
   * @see https://dev.vk.com/method/polls.create
   */
  create(params?: T.PollsCreateParams, options?: O): Promise<T.PollsCreateResponse>;
  /**
   * Deletes the current user's vote from the selected answer in the poll.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 250 `api_error_polls_access`: Access to poll denied
   * - 252 `api_error_polls_answer_id`: Invalid answer id
   * - 251 `api_error_polls_poll_id`: Invalid poll id
   *
   * Guide: https://vkts.github.io/vkts/api/polls.html#deleteVote
   * @see https://dev.vk.com/method/polls.deleteVote
   */
  deleteVote(params: T.PollsDeleteVoteParams, options?: O): Promise<T.PollsDeleteVoteResponse>;
  /**
   * Edits created polls
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/polls.html#edit
   * @see https://dev.vk.com/method/polls.edit
   */
  edit(params: T.PollsEditParams, options?: O): Promise<T.PollsEditResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/polls.html#getBackgrounds
   * @see https://dev.vk.com/method/polls.getBackgrounds
   */
  getBackgrounds(params?: T.PollsGetBackgroundsParams, options?: O): Promise<T.PollsGetBackgroundsResponse>;
  /**
   * Returns detailed information about a poll by its ID.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 250 `api_error_polls_access`: Access to poll denied
   *
   * Guide: https://vkts.github.io/vkts/api/polls.html#getById
   * @see https://dev.vk.com/method/polls.getById
   */
  getById(params: T.PollsGetByIdParams, options?: O): Promise<T.PollsGetByIdResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/polls.html#getPhotoUploadServer
   * @see https://dev.vk.com/method/polls.getPhotoUploadServer
   */
  getPhotoUploadServer(params?: T.PollsGetPhotoUploadServerParams, options?: O): Promise<T.PollsGetPhotoUploadServerResponse>;
  /**
   * Returns a list of IDs of users who selected specific answers in the poll.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 250 `api_error_polls_access`: Access to poll denied
   * - 252 `api_error_polls_answer_id`: Invalid answer id
   * - 251 `api_error_polls_poll_id`: Invalid poll id
   * - 253 `api_error_polls_access_without_vote`: Access denied, please vote first
   *
   * Guide: https://vkts.github.io/vkts/api/polls.html#getVoters
   * @see https://dev.vk.com/method/polls.getVoters
   */
  getVoters<Fields extends T.PollsGetVotersParams["fields"] = undefined>(params: T.PollsGetVotersParams & { fields?: Fields }, options?: O): Promise<ApiResponse<"polls.getVoters", { fields: Fields }>>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   *
   * Guide: https://vkts.github.io/vkts/api/polls.html#savePhoto
   * @see https://dev.vk.com/method/polls.savePhoto
   */
  savePhoto(params?: T.PollsSavePhotoParams, options?: O): Promise<T.PollsSavePhotoResponse>;
}

/**
 * The `prettyCards.*` methods. `O` is the client's per-call options type.
 */
export interface ApiPrettyCardsNamespace<O> {
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1901 `api_error_pretty_cards_too_many_cards`: Too many cards
   *
   * Guide: https://vkts.github.io/vkts/api/prettyCards.html#create
   * @see https://dev.vk.com/method/prettyCards.create
   */
  create(params: T.PrettyCardsCreateParams, options?: O): Promise<T.PrettyCardsCreateResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1900 `api_error_pretty_cards_card_not_found`: Card not found
   * - 1902 `api_error_pretty_cards_card_is_connected_to_post`: Card is connected to post
   *
   * Guide: https://vkts.github.io/vkts/api/prettyCards.html#delete
   * @see https://dev.vk.com/method/prettyCards.delete
   */
  delete(params: T.PrettyCardsDeleteParams, options?: O): Promise<T.PrettyCardsDeleteResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1900 `api_error_pretty_cards_card_not_found`: Card not found
   *
   * Guide: https://vkts.github.io/vkts/api/prettyCards.html#edit
   * @see https://dev.vk.com/method/prettyCards.edit
   */
  edit(params: T.PrettyCardsEditParams, options?: O): Promise<T.PrettyCardsEditResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/prettyCards.html#get
   * @see https://dev.vk.com/method/prettyCards.get
   */
  get(params: T.PrettyCardsGetParams, options?: O): Promise<T.PrettyCardsGetResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/prettyCards.html#getById
   * @see https://dev.vk.com/method/prettyCards.getById
   */
  getById(params: T.PrettyCardsGetByIdParams, options?: O): Promise<T.PrettyCardsGetByIdResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/prettyCards.html#getUploadURL
   * @see https://dev.vk.com/method/prettyCards.getUploadURL
   */
  getUploadURL(params?: T.PrettyCardsGetUploadURLParams, options?: O): Promise<T.PrettyCardsGetUploadURLResponse>;
}

/**
 * The `search.*` methods. `O` is the client's per-call options type.
 */
export interface ApiSearchNamespace<O> {
  /**
   * Allows the programmer to do a quick search for any substring.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/search.html#getHints
   * @see https://dev.vk.com/method/search.getHints
   */
  getHints(params?: T.SearchGetHintsParams, options?: O): Promise<T.SearchGetHintsResponse>;
}

/**
 * The `secure.*` methods. `O` is the client's per-call options type.
 */
export interface ApiSecureNamespace<O> {
  /**
   * Adds user activity information to an application
   *
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 1251 `api_error_apps_already_unlocked`: This achievement is already unlocked
   *
   * Guide: https://vkts.github.io/vkts/api/secure.html#addAppEvent
   * @see https://dev.vk.com/method/secure.addAppEvent
   */
  addAppEvent(params: T.SecureAddAppEventParams, options?: O): Promise<T.SecureAddAppEventResponse>;
  /**
   * Checks the user authentication in 'IFrame' and 'Flash' apps using the 'access_token' parameter.
   *
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/secure.html#checkToken
   * @see https://dev.vk.com/method/secure.checkToken
   */
  checkToken(params?: T.SecureCheckTokenParams, options?: O): Promise<T.SecureCheckTokenResponse>;
  /**
   * Returns payment balance of the application in hundredth of a vote.
   *
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/secure.html#getAppBalance
   * @see https://dev.vk.com/method/secure.getAppBalance
   */
  getAppBalance(params?: T.SecureGetAppBalanceParams, options?: O): Promise<T.SecureGetAppBalanceResponse>;
  /**
   * Shows a list of SMS notifications sent by the application using [vk.com/dev/secure.sendSMSNotification|secure.sendSMSNotification] method.
   *
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/secure.html#getSMSHistory
   * @see https://dev.vk.com/method/secure.getSMSHistory
   */
  getSMSHistory(params?: T.SecureGetSMSHistoryParams, options?: O): Promise<T.SecureGetSMSHistoryResponse>;
  /**
   * Shows history of votes transaction between users and the application.
   *
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/secure.html#getTransactionsHistory
   * @see https://dev.vk.com/method/secure.getTransactionsHistory
   */
  getTransactionsHistory(params?: T.SecureGetTransactionsHistoryParams, options?: O): Promise<T.SecureGetTransactionsHistoryResponse>;
  /**
   * Returns one of the previously set game levels of one or more users in the application.
   *
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/secure.html#getUserLevel
   * @see https://dev.vk.com/method/secure.getUserLevel
   */
  getUserLevel(params: T.SecureGetUserLevelParams, options?: O): Promise<T.SecureGetUserLevelResponse>;
  /**
   * Opens the game achievement and gives the user a sticker
   *
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/secure.html#giveEventSticker
   * @see https://dev.vk.com/method/secure.giveEventSticker
   */
  giveEventSticker(params: T.SecureGiveEventStickerParams, options?: O): Promise<T.SecureGiveEventStickerResponse>;
  /**
   * Sends notification to the user.
   *
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/secure.html#sendNotification
   * @see https://dev.vk.com/method/secure.sendNotification
   */
  sendNotification(params: T.SecureSendNotificationParams, options?: O): Promise<T.SecureSendNotificationResponse>;
  /**
   * Sends 'SMS' notification to a user's mobile device.
   *
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 147 `api_error_insufficient_funds`: Application has insufficient funds
   * - 146 `api_error_mobile_not_activated`: The mobile number of the user is unknown
   *
   * Guide: https://vkts.github.io/vkts/api/secure.html#sendSMSNotification
   * @see https://dev.vk.com/method/secure.sendSMSNotification
   */
  sendSMSNotification(params: T.SecureSendSMSNotificationParams, options?: O): Promise<T.SecureSendSMSNotificationResponse>;
  /**
   * Sets a counter which is shown to the user in bold in the left menu.
   *
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/secure.html#setCounter
   * @see https://dev.vk.com/method/secure.setCounter
   */
  setCounter(params?: T.SecureSetCounterParams, options?: O): Promise<T.SecureSetCounterResponseInteger | T.SecureSetCounterResponseArray>;
}

/**
 * The `stats.*` methods. `O` is the client's per-call options type.
 */
export interface ApiStatsNamespace<O> {
  /**
   * Returns statistics of a community or an application.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/stats.html#get
   * @see https://dev.vk.com/method/stats.get
   */
  get(params?: T.StatsGetParams, options?: O): Promise<T.StatsGetResponse>;
  /**
   * Returns stats for a wall post.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 210 `api_error_wall_access_post`: Access to wall's post denied
   *
   * Guide: https://vkts.github.io/vkts/api/stats.html#getPostReach
   * @see https://dev.vk.com/method/stats.getPostReach
   */
  getPostReach(params: T.StatsGetPostReachParams, options?: O): Promise<T.StatsGetPostReachResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/stats.html#trackVisitor
   * @see https://dev.vk.com/method/stats.trackVisitor
   */
  trackVisitor(params?: T.StatsTrackVisitorParams, options?: O): Promise<T.StatsTrackVisitorResponse>;
}

/**
 * The `status.*` methods. `O` is the client's per-call options type.
 */
export interface ApiStatusNamespace<O> {
  /**
   * Returns data required to show the status of a user or community.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/status.html#get
   * @see https://dev.vk.com/method/status.get
   */
  get(params?: T.StatusGetParams, options?: O): Promise<T.StatusGetResponse>;
  /**
   * Sets a new status for the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 221 `api_error_status_no_audio`: User disabled track name broadcast
   *
   * Guide: https://vkts.github.io/vkts/api/status.html#set
   * @see https://dev.vk.com/method/status.set
   */
  set(params?: T.StatusSetParams, options?: O): Promise<T.StatusSetResponse>;
}

/**
 * The `storage.*` methods. `O` is the client's per-call options type.
 */
export interface ApiStorageNamespace<O> {
  /**
   * Returns a value of variable with the name set by key parameter.
   *
   * Token types: user, group, service.
   *
   * Guide: https://vkts.github.io/vkts/api/storage.html#get
   * @see https://dev.vk.com/method/storage.get
   */
  get(params?: T.StorageGetParams, options?: O): Promise<T.StorageGetResponse>;
  /**
   * Returns the names of all variables.
   *
   * Token types: user, group, service.
   *
   * Guide: https://vkts.github.io/vkts/api/storage.html#getKeys
   * @see https://dev.vk.com/method/storage.getKeys
   */
  getKeys(params?: T.StorageGetKeysParams, options?: O): Promise<T.StorageGetKeysResponse>;
  /**
   * Saves a value of variable with the name set by 'key' parameter.
   *
   * Token types: user, group, service.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * Guide: https://vkts.github.io/vkts/api/storage.html#set
   * @see https://dev.vk.com/method/storage.set
   */
  set(params: T.StorageSetParams, options?: O): Promise<T.StorageSetResponse>;
}

/**
 * The `store.*` methods. `O` is the client's per-call options type.
 */
export interface ApiStoreNamespace<O> {
  /**
   * Adds given sticker IDs to the list of user's favorite stickers
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 2100 `api_error_stickers_not_purchased`: Stickers are not purchased
   * - 2101 `api_error_stickers_too_many_favorites`: Too many favorite stickers
   *
   * Guide: https://vkts.github.io/vkts/api/store.html#addStickersToFavorite
   * @see https://dev.vk.com/method/store.addStickersToFavorite
   */
  addStickersToFavorite(params: T.StoreAddStickersToFavoriteParams, options?: O): Promise<T.StoreAddStickersToFavoriteResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/store.html#getFavoriteStickers
   * @see https://dev.vk.com/method/store.getFavoriteStickers
   */
  getFavoriteStickers(params?: T.StoreGetFavoriteStickersParams, options?: O): Promise<T.StoreGetFavoriteStickersResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/store.html#getProducts
   * @see https://dev.vk.com/method/store.getProducts
   */
  getProducts(params?: T.StoreGetProductsParams, options?: O): Promise<T.StoreGetProductsResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/store.html#getStickersKeywords
   * @see https://dev.vk.com/method/store.getStickersKeywords
   */
  getStickersKeywords(params?: T.StoreGetStickersKeywordsParams, options?: O): Promise<T.StoreGetStickersKeywordsResponse>;
  /**
   * Removes given sticker IDs from the list of user's favorite stickers
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 2102 `api_error_stickers_not_favorite`: Stickers are not favorite
   *
   * Guide: https://vkts.github.io/vkts/api/store.html#removeStickersFromFavorite
   * @see https://dev.vk.com/method/store.removeStickersFromFavorite
   */
  removeStickersFromFavorite(params: T.StoreRemoveStickersFromFavoriteParams, options?: O): Promise<T.StoreRemoveStickersFromFavoriteResponse>;
}

/**
 * The `stories.*` methods. `O` is the client's per-call options type.
 */
export interface ApiStoriesNamespace<O> {
  /**
   * Allows to hide stories from chosen sources from current user's feed.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#banOwner
   * @see https://dev.vk.com/method/stories.banOwner
   */
  banOwner(params: T.StoriesBanOwnerParams, options?: O): Promise<T.StoriesBanOwnerResponse>;
  /**
   * Allows to delete story.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#delete
   * @see https://dev.vk.com/method/stories.delete
   */
  delete(params?: T.StoriesDeleteParams, options?: O): Promise<T.StoriesDeleteResponse>;
  /**
   * Returns stories available for current user.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#get
   * @see https://dev.vk.com/method/stories.get
   */
  get(params?: T.StoriesGetParams, options?: O): Promise<T.StoriesGetResponse>;
  /**
   * Returns list of sources hidden from current user's feed.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#getBanned
   * @see https://dev.vk.com/method/stories.getBanned
   */
  getBanned<Extended extends T.StoriesGetBannedParams["extended"] = undefined>(params?: T.StoriesGetBannedParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"stories.getBanned", { extended: Extended }>>;
  /**
   * Returns story by its ID.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1600 `api_error_story_expired`: Story has already expired
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#getById
   * @see https://dev.vk.com/method/stories.getById
   */
  getById(params: T.StoriesGetByIdParams, options?: O): Promise<T.StoriesGetByIdResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#getDetailedStats
   * @see https://dev.vk.com/method/stories.getDetailedStats
   */
  getDetailedStats(params: T.StoriesGetDetailedStatsParams, options?: O): Promise<T.StoriesGetDetailedStatsResponse>;
  /**
   * Returns URL for uploading a story with photo.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 900 `api_error_messages_user_blocked`: Can't send messages for users from blacklist
   * - 1602 `api_error_story_incorrect_reply_privacy`: Incorrect reply privacy
   * - 19 `api_error_blocked`: Content blocked
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#getPhotoUploadServer
   * @see https://dev.vk.com/method/stories.getPhotoUploadServer
   */
  getPhotoUploadServer(params?: T.StoriesGetPhotoUploadServerParams, options?: O): Promise<T.StoriesGetPhotoUploadServerResponse>;
  /**
   * Returns replies to the story.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#getReplies
   * @see https://dev.vk.com/method/stories.getReplies
   */
  getReplies(params: T.StoriesGetRepliesParams, options?: O): Promise<T.StoriesGetRepliesResponse>;
  /**
   * Returns stories available for current user.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#getStats
   * @see https://dev.vk.com/method/stories.getStats
   */
  getStats(params: T.StoriesGetStatsParams, options?: O): Promise<T.StoriesGetStatsResponse>;
  /**
   * Allows to receive URL for uploading story with video.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 900 `api_error_messages_user_blocked`: Can't send messages for users from blacklist
   * - 1602 `api_error_story_incorrect_reply_privacy`: Incorrect reply privacy
   * - 19 `api_error_blocked`: Content blocked
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#getVideoUploadServer
   * @see https://dev.vk.com/method/stories.getVideoUploadServer
   */
  getVideoUploadServer(params?: T.StoriesGetVideoUploadServerParams, options?: O): Promise<T.StoriesGetVideoUploadServerResponse>;
  /**
   * Returns a list of story viewers.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1600 `api_error_story_expired`: Story has already expired
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#getViewers
   * @see https://dev.vk.com/method/stories.getViewers
   */
  getViewers(params: T.StoriesGetViewersParams, options?: O): Promise<T.StoriesGetViewersResponse>;
  /**
   * Hides all replies in the last 24 hours from the user to current user's stories.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#hideAllReplies
   * @see https://dev.vk.com/method/stories.hideAllReplies
   */
  hideAllReplies(params: T.StoriesHideAllRepliesParams, options?: O): Promise<T.StoriesHideAllRepliesResponse>;
  /**
   * Hides the reply to the current user's story.
   *
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#hideReply
   * @see https://dev.vk.com/method/stories.hideReply
   */
  hideReply(params: T.StoriesHideReplyParams, options?: O): Promise<T.StoriesHideReplyResponse>;
  /**
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#save
   * @see https://dev.vk.com/method/stories.save
   */
  save(params?: T.StoriesSaveParams, options?: O): Promise<T.StoriesSaveResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#search
   * @see https://dev.vk.com/method/stories.search
   */
  search(params?: T.StoriesSearchParams, options?: O): Promise<T.StoriesSearchResponse>;
  /**
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#sendInteraction
   * @see https://dev.vk.com/method/stories.sendInteraction
   */
  sendInteraction(params: T.StoriesSendInteractionParams, options?: O): Promise<T.StoriesSendInteractionResponse>;
  /**
   * Allows to show stories from hidden sources in current user's feed.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/stories.html#unbanOwner
   * @see https://dev.vk.com/method/stories.unbanOwner
   */
  unbanOwner(params: T.StoriesUnbanOwnerParams, options?: O): Promise<T.StoriesUnbanOwnerResponse>;
}

/**
 * The `streaming.*` methods. `O` is the client's per-call options type.
 */
export interface ApiStreamingNamespace<O> {
  /**
   * Allows to receive data for the connection to Streaming API.
   *
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/streaming.html#getServerUrl
   * @see https://dev.vk.com/method/streaming.getServerUrl
   */
  getServerUrl(params?: T.StreamingGetServerUrlParams, options?: O): Promise<T.StreamingGetServerUrlResponse>;
  /**
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/streaming.html#getStats
   * @see https://dev.vk.com/method/streaming.getStats
   */
  getStats(params?: T.StreamingGetStatsParams, options?: O): Promise<T.StreamingGetStatsResponse>;
  /**
   * Token types: service.
   *
   * Guide: https://vkts.github.io/vkts/api/streaming.html#getStem
   * @see https://dev.vk.com/method/streaming.getStem
   */
  getStem(params: T.StreamingGetStemParams, options?: O): Promise<T.StreamingGetStemResponse>;
}

/**
 * The `translations.*` methods. `O` is the client's per-call options type.
 */
export interface ApiTranslationsNamespace<O> {
  /**
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 11101 `api_error_translations_cant_translate`: Can't translate.
   * - 11102 `api_error_translations_multiple_source_lang`: Multiple source languages. Only one allowed.
   *
   * Guide: https://vkts.github.io/vkts/api/translations.html#translate
   * @see https://dev.vk.com/method/translations.translate
   */
  translate(params: T.TranslationsTranslateParams, options?: O): Promise<T.TranslationsTranslateResponse>;
}

/**
 * The `users.*` methods. `O` is the client's per-call options type.
 */
export interface ApiUsersNamespace<O> {
  /**
   * Returns detailed information on users.
   *
   * Token types: user, group, service.
   *
   * Guide: https://vkts.github.io/vkts/api/users.html#get
   * @see https://dev.vk.com/method/users.get
   */
  get(params?: T.UsersGetParams, options?: O): Promise<T.UsersGetResponse>;
  /**
   * Returns a list of IDs of followers of the user in question, sorted by date added, most recent first.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/users.html#getFollowers
   * @see https://dev.vk.com/method/users.getFollowers
   */
  getFollowers<Fields extends T.UsersGetFollowersParams["fields"] = undefined>(params?: T.UsersGetFollowersParams & { fields?: Fields }, options?: O): Promise<ApiResponse<"users.getFollowers", { fields: Fields }>>;
  /**
   * Returns a list of IDs of users and communities followed by the user.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/users.html#getSubscriptions
   * @see https://dev.vk.com/method/users.getSubscriptions
   */
  getSubscriptions<Extended extends T.UsersGetSubscriptionsParams["extended"] = undefined>(params?: T.UsersGetSubscriptionsParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"users.getSubscriptions", { extended: Extended }>>;
  /**
   * Reports (submits a complain about) a user.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/users.html#report
   * @see https://dev.vk.com/method/users.report
   */
  report(params: T.UsersReportParams, options?: O): Promise<T.UsersReportResponse>;
  /**
   * Returns a list of users matching the search criteria.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/users.html#search
   * @see https://dev.vk.com/method/users.search
   */
  search(params?: T.UsersSearchParams, options?: O): Promise<T.UsersSearchResponse>;
}

/**
 * The `utils.*` methods. `O` is the client's per-call options type.
 */
export interface ApiUtilsNamespace<O> {
  /**
   * Checks whether a link is blocked in VK.
   *
   * Token types: user, group, service.
   *
   * Guide: https://vkts.github.io/vkts/api/utils.html#checkLink
   * @see https://dev.vk.com/method/utils.checkLink
   */
  checkLink(params: T.UtilsCheckLinkParams, options?: O): Promise<T.UtilsCheckLinkResponse>;
  /**
   * Deletes shortened link from user's list.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/utils.html#deleteFromLastShortened
   * @see https://dev.vk.com/method/utils.deleteFromLastShortened
   */
  deleteFromLastShortened(params: T.UtilsDeleteFromLastShortenedParams, options?: O): Promise<T.UtilsDeleteFromLastShortenedResponse>;
  /**
   * Returns a list of user's shortened links.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/utils.html#getLastShortenedLinks
   * @see https://dev.vk.com/method/utils.getLastShortenedLinks
   */
  getLastShortenedLinks(params?: T.UtilsGetLastShortenedLinksParams, options?: O): Promise<T.UtilsGetLastShortenedLinksResponse>;
  /**
   * Returns stats data for shortened link.
   *
   * Token types: user, group, service.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/utils.html#getLinkStats
   * @see https://dev.vk.com/method/utils.getLinkStats
   */
  getLinkStats<Extended extends T.UtilsGetLinkStatsParams["extended"] = undefined>(params: T.UtilsGetLinkStatsParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"utils.getLinkStats", { extended: Extended }>>;
  /**
   * Returns the current time of the VK server.
   *
   * Token types: user, group, service.
   *
   * Guide: https://vkts.github.io/vkts/api/utils.html#getServerTime
   * @see https://dev.vk.com/method/utils.getServerTime
   */
  getServerTime(params?: T.UtilsGetServerTimeParams, options?: O): Promise<T.UtilsGetServerTimeResponse>;
  /**
   * Allows to receive a link shortened via vk.cc.
   *
   * Token types: user, group, service.
   *
   * Guide: https://vkts.github.io/vkts/api/utils.html#getShortLink
   * @see https://dev.vk.com/method/utils.getShortLink
   */
  getShortLink(params: T.UtilsGetShortLinkParams, options?: O): Promise<T.UtilsGetShortLinkResponse>;
  /**
   * Detects a type of object (e.g., user, community, application) and its ID by screen name.
   *
   * Token types: user, group, service.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/utils.html#resolveScreenName
   * @see https://dev.vk.com/method/utils.resolveScreenName
   */
  resolveScreenName(params: T.UtilsResolveScreenNameParams, options?: O): Promise<T.UtilsResolveScreenNameResponse>;
}

/**
 * The `video.*` methods. `O` is the client's per-call options type.
 */
export interface ApiVideoNamespace<O> {
  /**
   * Adds a video to a user or community page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 800 `api_error_video_already_added`: This video is already added
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#add
   * @see https://dev.vk.com/method/video.add
   */
  add(params: T.VideoAddParams, options?: O): Promise<T.VideoAddResponse>;
  /**
   * Creates an empty album for videos.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 302 `api_error_albums_limit`: Albums number limit is reached
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#addAlbum
   * @see https://dev.vk.com/method/video.addAlbum
   */
  addAlbum(params?: T.VideoAddAlbumParams, options?: O): Promise<T.VideoAddAlbumResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 800 `api_error_video_already_added`: This video is already added
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#addToAlbum
   * @see https://dev.vk.com/method/video.addToAlbum
   */
  addToAlbum<AlbumIds extends T.VideoAddToAlbumParams["album_ids"] = undefined>(params: T.VideoAddToAlbumParams & { album_ids?: AlbumIds }, options?: O): Promise<ApiResponse<"video.addToAlbum", { album_ids: AlbumIds }>>;
  /**
   * Adds a new comment on a video.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 801 `api_error_video_comments_closed`: Comments for this video are closed
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#createComment
   * @see https://dev.vk.com/method/video.createComment
   */
  createComment(params: T.VideoCreateCommentParams, options?: O): Promise<T.VideoCreateCommentResponse>;
  /**
   * Deletes a video from a user or community page.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#delete
   * @see https://dev.vk.com/method/video.delete
   */
  delete(params: T.VideoDeleteParams, options?: O): Promise<T.VideoDeleteResponse>;
  /**
   * Deletes a video album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#deleteAlbum
   * @see https://dev.vk.com/method/video.deleteAlbum
   */
  deleteAlbum(params: T.VideoDeleteAlbumParams, options?: O): Promise<T.VideoDeleteAlbumResponse>;
  /**
   * Deletes a comment on a video.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#deleteComment
   * @see https://dev.vk.com/method/video.deleteComment
   */
  deleteComment(params: T.VideoDeleteCommentParams, options?: O): Promise<T.VideoDeleteCommentResponse>;
  /**
   * Edits information about a video on a user or community page.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#edit
   * @see https://dev.vk.com/method/video.edit
   */
  edit(params: T.VideoEditParams, options?: O): Promise<T.VideoEditResponse>;
  /**
   * Edits the title of a video album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#editAlbum
   * @see https://dev.vk.com/method/video.editAlbum
   */
  editAlbum(params: T.VideoEditAlbumParams, options?: O): Promise<T.VideoEditAlbumResponse>;
  /**
   * Edits the text of a comment on a video.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#editComment
   * @see https://dev.vk.com/method/video.editComment
   */
  editComment(params: T.VideoEditCommentParams, options?: O): Promise<T.VideoEditCommentResponse>;
  /**
   * Returns detailed information about videos.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#get
   * @see https://dev.vk.com/method/video.get
   */
  get(params?: T.VideoGetParams, options?: O): Promise<T.VideoGetResponse>;
  /**
   * Returns video album info
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#getAlbumById
   * @see https://dev.vk.com/method/video.getAlbumById
   */
  getAlbumById(params: T.VideoGetAlbumByIdParams, options?: O): Promise<T.VideoGetAlbumByIdResponse>;
  /**
   * Returns a list of video albums owned by a user or community.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#getAlbums
   * @see https://dev.vk.com/method/video.getAlbums
   */
  getAlbums<Extended extends T.VideoGetAlbumsParams["extended"] = undefined>(params?: T.VideoGetAlbumsParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"video.getAlbums", { extended: Extended }>>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#getAlbumsByVideo
   * @see https://dev.vk.com/method/video.getAlbumsByVideo
   */
  getAlbumsByVideo<Extended extends T.VideoGetAlbumsByVideoParams["extended"] = undefined>(params: T.VideoGetAlbumsByVideoParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"video.getAlbumsByVideo", { extended: Extended }>>;
  /**
   * Returns a list of comments on a video.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 801 `api_error_video_comments_closed`: Comments for this video are closed
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#getComments
   * @see https://dev.vk.com/method/video.getComments
   */
  getComments<Extended extends T.VideoGetCommentsParams["extended"] = undefined>(params: T.VideoGetCommentsParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"video.getComments", { extended: Extended }>>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 32 `api_error_wait`: Need wait
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#getLongPollServer
   * @see https://dev.vk.com/method/video.getLongPollServer
   */
  getLongPollServer(params: T.VideoGetLongPollServerParams, options?: O): Promise<T.VideoGetLongPollServerResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#getThumbUploadUrl
   * @see https://dev.vk.com/method/video.getThumbUploadUrl
   */
  getThumbUploadUrl(params: T.VideoGetThumbUploadUrlParams, options?: O): Promise<T.VideoGetThumbUploadUrlResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#liveGetCategories
   * @see https://dev.vk.com/method/video.liveGetCategories
   */
  liveGetCategories(params?: T.VideoLiveGetCategoriesParams, options?: O): Promise<T.VideoLiveGetCategoriesResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#removeFromAlbum
   * @see https://dev.vk.com/method/video.removeFromAlbum
   */
  removeFromAlbum<AlbumIds extends T.VideoRemoveFromAlbumParams["album_ids"] = undefined>(params: T.VideoRemoveFromAlbumParams & { album_ids?: AlbumIds }, options?: O): Promise<ApiResponse<"video.removeFromAlbum", { album_ids: AlbumIds }>>;
  /**
   * Reorders the album in the list of user video albums.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#reorderAlbums
   * @see https://dev.vk.com/method/video.reorderAlbums
   */
  reorderAlbums(params: T.VideoReorderAlbumsParams, options?: O): Promise<T.VideoReorderAlbumsResponse>;
  /**
   * Reorders the video in the video album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#reorderVideos
   * @see https://dev.vk.com/method/video.reorderVideos
   */
  reorderVideos(params: T.VideoReorderVideosParams, options?: O): Promise<T.VideoReorderVideosResponse>;
  /**
   * Reports (submits a complaint about) a video.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#report
   * @see https://dev.vk.com/method/video.report
   */
  report(params: T.VideoReportParams, options?: O): Promise<T.VideoReportResponse>;
  /**
   * Reports (submits a complaint about) a comment on a video.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#reportComment
   * @see https://dev.vk.com/method/video.reportComment
   */
  reportComment(params: T.VideoReportCommentParams, options?: O): Promise<T.VideoReportCommentResponse>;
  /**
   * Restores a previously deleted video.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#restore
   * @see https://dev.vk.com/method/video.restore
   */
  restore(params: T.VideoRestoreParams, options?: O): Promise<T.VideoRestoreResponse>;
  /**
   * Restores a previously deleted comment on a video.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#restoreComment
   * @see https://dev.vk.com/method/video.restoreComment
   */
  restoreComment(params: T.VideoRestoreCommentParams, options?: O): Promise<T.VideoRestoreCommentResponse>;
  /**
   * Returns a server address (required for upload) and video data.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   * - 219 `api_error_wall_ads_published`: Advertisement post was recently added
   * - 22 `api_error_upload`: Upload error
   * - 704 `api_error_group_host_need_2fa`: User needs to enable 2FA for this action
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#save
   * @see https://dev.vk.com/method/video.save
   */
  save(params?: T.VideoSaveParams, options?: O): Promise<T.VideoSaveResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#saveUploadedThumb
   * @see https://dev.vk.com/method/video.saveUploadedThumb
   */
  saveUploadedThumb(params: T.VideoSaveUploadedThumbParams, options?: O): Promise<T.VideoSaveUploadedThumbResponse>;
  /**
   * Returns a list of videos under the set search criterion.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#search
   * @see https://dev.vk.com/method/video.search
   */
  search<Extended extends T.VideoSearchParams["extended"] = undefined>(params?: T.VideoSearchParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"video.search", { extended: Extended }>>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   * - 219 `api_error_wall_ads_published`: Advertisement post was recently added
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#startStreaming
   * @see https://dev.vk.com/method/video.startStreaming
   */
  startStreaming(params?: T.VideoStartStreamingParams, options?: O): Promise<T.VideoStartStreamingResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#stopStreaming
   * @see https://dev.vk.com/method/video.stopStreaming
   */
  stopStreaming(params?: T.VideoStopStreamingParams, options?: O): Promise<T.VideoStopStreamingResponse>;
  /**
   * Unpin comment of a video.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/video.html#unpinComment
   * @see https://dev.vk.com/method/video.unpinComment
   */
  unpinComment(params: T.VideoUnpinCommentParams, options?: O): Promise<T.VideoUnpinCommentResponse>;
}

/**
 * The `wall.*` methods. `O` is the client's per-call options type.
 */
export interface ApiWallNamespace<O> {
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 3102 `api_error_wall_check_link_cant_determine_source`: Specified link is incorrect (can't find source)
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#checkCopyrightLink
   * @see https://dev.vk.com/method/wall.checkCopyrightLink
   */
  checkCopyrightLink(params: T.WallCheckCopyrightLinkParams, options?: O): Promise<T.WallCheckCopyrightLinkResponse>;
  /**
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#closeComments
   * @see https://dev.vk.com/method/wall.closeComments
   */
  closeComments(params: T.WallCloseCommentsParams, options?: O): Promise<T.WallCloseCommentsResponse>;
  /**
   * Adds a comment to a post on a user wall or community wall.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 213 `api_error_wall_access_add_reply`: Access to status replies denied
   * - 223 `api_error_wall_reply_owner_flood`: Too many replies
   * - 222 `api_error_wall_links_forbidden`: Hyperlinks are forbidden
   * - 212 `api_error_wall_access_replies`: Access to post comments denied
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#createComment
   * @see https://dev.vk.com/method/wall.createComment
   */
  createComment(params: T.WallCreateCommentParams, options?: O): Promise<T.WallCreateCommentResponse>;
  /**
   * Deletes a post from a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 210 `api_error_wall_access_post`: Access to wall's post denied
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#delete
   * @see https://dev.vk.com/method/wall.delete
   */
  delete(params?: T.WallDeleteParams, options?: O): Promise<T.WallDeleteResponse>;
  /**
   * Deletes a comment on a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 211 `api_error_wall_access_comment`: Access to wall's comment denied
   * - 104 `api_error_not_found`: Not found
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#deleteComment
   * @see https://dev.vk.com/method/wall.deleteComment
   */
  deleteComment(params: T.WallDeleteCommentParams, options?: O): Promise<T.WallDeleteCommentResponse>;
  /**
   * Edits a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 224 `api_error_wall_ads_post_limit_reached`: Too many ads posts
   * - 225 `api_error_wall_donut`: Donut is disabled
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#edit
   * @see https://dev.vk.com/method/wall.edit
   */
  edit(params: T.WallEditParams, options?: O): Promise<T.WallEditResponse>;
  /**
   * Allows to edit hidden post.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 224 `api_error_wall_ads_post_limit_reached`: Too many ads posts
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#editAdsStealth
   * @see https://dev.vk.com/method/wall.editAdsStealth
   */
  editAdsStealth(params: T.WallEditAdsStealthParams, options?: O): Promise<T.WallEditAdsStealthResponse>;
  /**
   * Edits a comment on a user wall or community wall.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#editComment
   * @see https://dev.vk.com/method/wall.editComment
   */
  editComment(params: T.WallEditCommentParams, options?: O): Promise<T.WallEditCommentResponse>;
  /**
   * Returns a list of posts on a user wall or community wall.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 19 `api_error_blocked`: Content blocked
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#get
   * @see https://dev.vk.com/method/wall.get
   */
  get<Extended extends T.WallGetParams["extended"] = undefined>(params?: T.WallGetParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"wall.get", { extended: Extended }>>;
  /**
   * Returns a list of posts from user or community walls by their IDs.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#getById
   * @see https://dev.vk.com/method/wall.getById
   */
  getById<Extended extends T.WallGetByIdParams["extended"] = undefined>(params: T.WallGetByIdParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"wall.getById", { extended: Extended }>>;
  /**
   * Returns a comment on a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 212 `api_error_wall_access_replies`: Access to post comments denied
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#getComment
   * @see https://dev.vk.com/method/wall.getComment
   */
  getComment<Extended extends T.WallGetCommentParams["extended"] = undefined>(params: T.WallGetCommentParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"wall.getComment", { extended: Extended }>>;
  /**
   * Returns a list of comments on a post on a user wall or community wall.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 212 `api_error_wall_access_replies`: Access to post comments denied
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#getComments
   * @see https://dev.vk.com/method/wall.getComments
   */
  getComments<Extended extends T.WallGetCommentsParams["extended"] = undefined>(params?: T.WallGetCommentsParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"wall.getComments", { extended: Extended }>>;
  /**
   * Returns information about reposts of a post on user wall or community wall.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#getReposts
   * @see https://dev.vk.com/method/wall.getReposts
   */
  getReposts(params?: T.WallGetRepostsParams, options?: O): Promise<T.WallGetRepostsResponse>;
  /**
   * Token types: user, group.
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#openComments
   * @see https://dev.vk.com/method/wall.openComments
   */
  openComments(params: T.WallOpenCommentsParams, options?: O): Promise<T.WallOpenCommentsResponse>;
  /**
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#parseAttachedLink
   * @see https://dev.vk.com/method/wall.parseAttachedLink
   */
  parseAttachedLink(params: T.WallParseAttachedLinkParams, options?: O): Promise<T.WallParseAttachedLinkResponse>;
  /**
   * Pins the post on wall.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#pin
   * @see https://dev.vk.com/method/wall.pin
   */
  pin(params: T.WallPinParams, options?: O): Promise<T.WallPinResponse>;
  /**
   * Adds a new post on a user wall or community wall. Can also be used to publish suggested or scheduled posts.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 219 `api_error_wall_ads_published`: Advertisement post was recently added
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   * - 220 `api_error_wall_too_many_recipients`: Too many recipients
   * - 222 `api_error_wall_links_forbidden`: Hyperlinks are forbidden
   * - 224 `api_error_wall_ads_post_limit_reached`: Too many ads posts
   * - 225 `api_error_wall_donut`: Donut is disabled
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#post
   * @see https://dev.vk.com/method/wall.post
   */
  post(params?: T.WallPostParams, options?: O): Promise<T.WallPostResponse>;
  /**
   * Allows to create hidden post which will not be shown on the community's wall and can be used for creating an ad with type "Community post".
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 219 `api_error_wall_ads_published`: Advertisement post was recently added
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   * - 220 `api_error_wall_too_many_recipients`: Too many recipients
   * - 222 `api_error_wall_links_forbidden`: Hyperlinks are forbidden
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#postAdsStealth
   * @see https://dev.vk.com/method/wall.postAdsStealth
   */
  postAdsStealth(params: T.WallPostAdsStealthParams, options?: O): Promise<T.WallPostAdsStealthResponse>;
  /**
   * Reports (submits a complaint about) a comment on a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#reportComment
   * @see https://dev.vk.com/method/wall.reportComment
   */
  reportComment(params: T.WallReportCommentParams, options?: O): Promise<T.WallReportCommentResponse>;
  /**
   * Reports (submits a complaint about) a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#reportPost
   * @see https://dev.vk.com/method/wall.reportPost
   */
  reportPost(params: T.WallReportPostParams, options?: O): Promise<T.WallReportPostResponse>;
  /**
   * Reposts (copies) an object to a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 219 `api_error_wall_ads_published`: Advertisement post was recently added
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   * - 224 `api_error_wall_ads_post_limit_reached`: Too many ads posts
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#repost
   * @see https://dev.vk.com/method/wall.repost
   */
  repost(params: T.WallRepostParams, options?: O): Promise<T.WallRepostResponse>;
  /**
   * Restores a post deleted from a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 210 `api_error_wall_access_post`: Access to wall's post denied
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#restore
   * @see https://dev.vk.com/method/wall.restore
   */
  restore(params?: T.WallRestoreParams, options?: O): Promise<T.WallRestoreResponse>;
  /**
   * Restores a comment deleted from a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 211 `api_error_wall_access_comment`: Access to wall's comment denied
   * - 104 `api_error_not_found`: Not found
   * - 243 `api_error_wall_comment_not_deleted`: Comment has not been deleted
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#restoreComment
   * @see https://dev.vk.com/method/wall.restoreComment
   */
  restoreComment(params: T.WallRestoreCommentParams, options?: O): Promise<T.WallRestoreCommentResponse>;
  /**
   * Allows to search posts on user or community walls.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 210 `api_error_wall_access_post`: Access to wall's post denied
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#search
   * @see https://dev.vk.com/method/wall.search
   */
  search<Extended extends T.WallSearchParams["extended"] = undefined>(params?: T.WallSearchParams & { extended?: Extended }, options?: O): Promise<ApiResponse<"wall.search", { extended: Extended }>>;
  /**
   * Unpins the post on wall.
   *
   * Token types: user.
   *
   * Guide: https://vkts.github.io/vkts/api/wall.html#unpin
   * @see https://dev.vk.com/method/wall.unpin
   */
  unpin(params: T.WallUnpinParams, options?: O): Promise<T.WallUnpinResponse>;
}

/**
 * The `widgets.*` methods. `O` is the client's per-call options type.
 */
export interface ApiWidgetsNamespace<O> {
  /**
   * Gets a list of comments for the page added through the [vk.com/dev/Comments|Comments widget].
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/widgets.html#getComments
   * @see https://dev.vk.com/method/widgets.getComments
   */
  getComments(params?: T.WidgetsGetCommentsParams, options?: O): Promise<T.WidgetsGetCommentsResponse>;
  /**
   * Gets a list of application/site pages where the [vk.com/dev/Comments|Comments widget] or [vk.com/dev/Like|Like widget] is installed.
   *
   * Token types: user, service.
   *
   * Guide: https://vkts.github.io/vkts/api/widgets.html#getPages
   * @see https://dev.vk.com/method/widgets.getPages
   */
  getPages(params?: T.WidgetsGetPagesParams, options?: O): Promise<T.WidgetsGetPagesResponse>;
}

/**
 * Every method namespace of the API, as a client exposes them: `api.groups.getById(params, options?)`.
 */
export interface ApiNamespaces<O> {
  /**
   * The `account.*` methods.
   */
  readonly account: ApiAccountNamespace<O>;
  /**
   * The `ads.*` methods.
   */
  readonly ads: ApiAdsNamespace<O>;
  /**
   * The `appWidgets.*` methods.
   */
  readonly appWidgets: ApiAppWidgetsNamespace<O>;
  /**
   * The `apps.*` methods.
   */
  readonly apps: ApiAppsNamespace<O>;
  /**
   * The `auth.*` methods.
   */
  readonly auth: ApiAuthNamespace<O>;
  /**
   * The `board.*` methods.
   */
  readonly board: ApiBoardNamespace<O>;
  /**
   * The `bugtracker.*` methods.
   */
  readonly bugtracker: ApiBugtrackerNamespace<O>;
  /**
   * The `calls.*` methods.
   */
  readonly calls: ApiCallsNamespace<O>;
  /**
   * The `database.*` methods.
   */
  readonly database: ApiDatabaseNamespace<O>;
  /**
   * The `docs.*` methods.
   */
  readonly docs: ApiDocsNamespace<O>;
  /**
   * The `donut.*` methods.
   */
  readonly donut: ApiDonutNamespace<O>;
  /**
   * The `downloadedGames.*` methods.
   */
  readonly downloadedGames: ApiDownloadedGamesNamespace<O>;
  /**
   * The `fave.*` methods.
   */
  readonly fave: ApiFaveNamespace<O>;
  /**
   * The `friends.*` methods.
   */
  readonly friends: ApiFriendsNamespace<O>;
  /**
   * The `gifts.*` methods.
   */
  readonly gifts: ApiGiftsNamespace<O>;
  /**
   * The `groups.*` methods.
   */
  readonly groups: ApiGroupsNamespace<O>;
  /**
   * The `leadForms.*` methods.
   */
  readonly leadForms: ApiLeadFormsNamespace<O>;
  /**
   * The `likes.*` methods.
   */
  readonly likes: ApiLikesNamespace<O>;
  /**
   * The `market.*` methods.
   */
  readonly market: ApiMarketNamespace<O>;
  /**
   * The `messages.*` methods.
   */
  readonly messages: ApiMessagesNamespace<O>;
  /**
   * The `newsfeed.*` methods.
   */
  readonly newsfeed: ApiNewsfeedNamespace<O>;
  /**
   * The `notes.*` methods.
   */
  readonly notes: ApiNotesNamespace<O>;
  /**
   * The `notifications.*` methods.
   */
  readonly notifications: ApiNotificationsNamespace<O>;
  /**
   * The `orders.*` methods.
   */
  readonly orders: ApiOrdersNamespace<O>;
  /**
   * The `pages.*` methods.
   */
  readonly pages: ApiPagesNamespace<O>;
  /**
   * The `photos.*` methods.
   */
  readonly photos: ApiPhotosNamespace<O>;
  /**
   * The `podcasts.*` methods.
   */
  readonly podcasts: ApiPodcastsNamespace<O>;
  /**
   * The `polls.*` methods.
   */
  readonly polls: ApiPollsNamespace<O>;
  /**
   * The `prettyCards.*` methods.
   */
  readonly prettyCards: ApiPrettyCardsNamespace<O>;
  /**
   * The `search.*` methods.
   */
  readonly search: ApiSearchNamespace<O>;
  /**
   * The `secure.*` methods.
   */
  readonly secure: ApiSecureNamespace<O>;
  /**
   * The `stats.*` methods.
   */
  readonly stats: ApiStatsNamespace<O>;
  /**
   * The `status.*` methods.
   */
  readonly status: ApiStatusNamespace<O>;
  /**
   * The `storage.*` methods.
   */
  readonly storage: ApiStorageNamespace<O>;
  /**
   * The `store.*` methods.
   */
  readonly store: ApiStoreNamespace<O>;
  /**
   * The `stories.*` methods.
   */
  readonly stories: ApiStoriesNamespace<O>;
  /**
   * The `streaming.*` methods.
   */
  readonly streaming: ApiStreamingNamespace<O>;
  /**
   * The `translations.*` methods.
   */
  readonly translations: ApiTranslationsNamespace<O>;
  /**
   * The `users.*` methods.
   */
  readonly users: ApiUsersNamespace<O>;
  /**
   * The `utils.*` methods.
   */
  readonly utils: ApiUtilsNamespace<O>;
  /**
   * The `video.*` methods.
   */
  readonly video: ApiVideoNamespace<O>;
  /**
   * The `wall.*` methods.
   */
  readonly wall: ApiWallNamespace<O>;
  /**
   * The `widgets.*` methods.
   */
  readonly widgets: ApiWidgetsNamespace<O>;
}
