// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@0efe478fc1011bc167fd389dd1dc36efc883de02 (API 5.199), with the patches in schema/patches/.
// Contents: the ApiMethods type map.
/* eslint-disable */
import type * as T from './types.gen.js';
import type { ApiGlobalErrorCode } from './errors.gen.js';

/**
 * Every VK API method: its params, its response (picked by `variants` from the params given,
 * else `response`), every response variant by key, the error codes it can return (its own and
 * the global ones), and the token types that may call it.
 */
export interface ApiMethods {
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.ban
   */
  "account.ban": {
      params: T.AccountBanParams;
      response: T.AccountBanResponse;
      variants: [];
      responses: { "response": T.AccountBanResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Changes a user password after access is successfully restored with the [vk.com/dev/auth.restore|auth.restore] method.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.changePassword
   */
  "account.changePassword": {
      params: T.AccountChangePasswordParams;
      response: T.AccountChangePasswordResponse;
      variants: [];
      responses: { "response": T.AccountChangePasswordResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of active ads (offers) which executed by the user will bring him/her respective number of votes to his balance in the application.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.getActiveOffers
   */
  "account.getActiveOffers": {
      params: T.AccountGetActiveOffersParams;
      response: T.AccountGetActiveOffersResponse;
      variants: [];
      responses: { "response": T.AccountGetActiveOffersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Gets settings of the user in this application.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.getAppPermissions
   */
  "account.getAppPermissions": {
      params: T.AccountGetAppPermissionsParams;
      response: T.AccountGetAppPermissionsResponse;
      variants: [];
      responses: { "response": T.AccountGetAppPermissionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a user's blacklist.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.getBanned
   */
  "account.getBanned": {
      params: T.AccountGetBannedParams;
      response: T.AccountGetBannedResponse;
      variants: [];
      responses: { "response": T.AccountGetBannedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns non-null values of user counters.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.getCounters
   */
  "account.getCounters": {
      params: T.AccountGetCountersParams;
      response: T.AccountGetCountersResponse;
      variants: [];
      responses: { "response": T.AccountGetCountersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns current account info.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.getInfo
   */
  "account.getInfo": {
      params: T.AccountGetInfoParams;
      response: T.AccountGetInfoResponse;
      variants: [];
      responses: { "response": T.AccountGetInfoResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns the current account info.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.getProfileInfo
   */
  "account.getProfileInfo": {
      params: T.AccountGetProfileInfoParams;
      response: T.AccountGetProfileInfoResponse;
      variants: [];
      responses: { "response": T.AccountGetProfileInfoResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Gets settings of push notifications.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.getPushSettings
   */
  "account.getPushSettings": {
      params: T.AccountGetPushSettingsParams;
      response: T.AccountGetPushSettingsResponse;
      variants: [];
      responses: { "response": T.AccountGetPushSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Subscribes an iOS/Android/Windows Phone-based device to receive push notifications
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.registerDevice
   */
  "account.registerDevice": {
      params: T.AccountRegisterDeviceParams;
      response: T.AccountRegisterDeviceResponse;
      variants: [];
      responses: { "response": T.AccountRegisterDeviceResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Edits current profile info.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1260 `api_error_invalid_address`: Invalid screen name
   *
   * @see https://dev.vk.com/method/account.saveProfileInfo
   */
  "account.saveProfileInfo": {
      params: T.AccountSaveProfileInfoParams;
      response: T.AccountSaveProfileInfoResponse;
      variants: [];
      responses: { "response": T.AccountSaveProfileInfoResponse };
      errors: ApiGlobalErrorCode | 1260;
      tokens: "user";
    };
  /**
   * Allows to edit the current account info.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.setInfo
   */
  "account.setInfo": {
      params: T.AccountSetInfoParams;
      response: T.AccountSetInfoResponse;
      variants: [];
      responses: { "response": T.AccountSetInfoResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Marks a current user as offline.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.setOffline
   */
  "account.setOffline": {
      params: T.AccountSetOfflineParams;
      response: T.AccountSetOfflineResponse;
      variants: [];
      responses: { "response": T.AccountSetOfflineResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Marks the current user as online for 15 minutes.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.setOnline
   */
  "account.setOnline": {
      params: T.AccountSetOnlineParams;
      response: T.AccountSetOnlineResponse;
      variants: [];
      responses: { "response": T.AccountSetOnlineResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Change push settings.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.setPushSettings
   */
  "account.setPushSettings": {
      params: T.AccountSetPushSettingsParams;
      response: T.AccountSetPushSettingsResponse;
      variants: [];
      responses: { "response": T.AccountSetPushSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Mutes push notifications for the set period of time.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.setSilenceMode
   */
  "account.setSilenceMode": {
      params: T.AccountSetSilenceModeParams;
      response: T.AccountSetSilenceModeResponse;
      variants: [];
      responses: { "response": T.AccountSetSilenceModeResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.unban
   */
  "account.unban": {
      params: T.AccountUnbanParams;
      response: T.AccountUnbanResponse;
      variants: [];
      responses: { "response": T.AccountUnbanResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Unsubscribes a device from push notifications.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/account.unregisterDevice
   */
  "account.unregisterDevice": {
      params: T.AccountUnregisterDeviceParams;
      response: T.AccountUnregisterDeviceResponse;
      variants: [];
      responses: { "response": T.AccountUnregisterDeviceResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Adds managers and/or supervisors to advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.addOfficeUsers
   */
  "ads.addOfficeUsers": {
      params: T.AdsAddOfficeUsersParams;
      response: T.AdsAddOfficeUsersResponse;
      variants: [];
      responses: { "response": T.AdsAddOfficeUsersResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Allows to check the ad link.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/ads.checkLink
   */
  "ads.checkLink": {
      params: T.AdsCheckLinkParams;
      response: T.AdsCheckLinkResponse;
      variants: [];
      responses: { "response": T.AdsCheckLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Creates ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.createAds
   */
  "ads.createAds": {
      params: T.AdsCreateAdsParams;
      response: T.AdsCreateAdsResponse;
      variants: [];
      responses: { "response": T.AdsCreateAdsResponse };
      errors: ApiGlobalErrorCode | 602 | 601;
      tokens: "user";
    };
  /**
   * Creates advertising campaigns.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.createCampaigns
   */
  "ads.createCampaigns": {
      params: T.AdsCreateCampaignsParams;
      response: T.AdsCreateCampaignsResponse;
      variants: [];
      responses: { "response": T.AdsCreateCampaignsResponse };
      errors: ApiGlobalErrorCode | 602 | 601;
      tokens: "user";
    };
  /**
   * Creates clients of an advertising agency.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.createClients
   */
  "ads.createClients": {
      params: T.AdsCreateClientsParams;
      response: T.AdsCreateClientsResponse;
      variants: [];
      responses: { "response": T.AdsCreateClientsResponse };
      errors: ApiGlobalErrorCode | 602 | 601;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/ads.createLookalikeRequest
   */
  "ads.createLookalikeRequest": {
      params: T.AdsCreateLookalikeRequestParams;
      response: T.AdsCreateLookalikeRequestResponse;
      variants: [];
      responses: { "response": T.AdsCreateLookalikeRequestResponse };
      errors: ApiGlobalErrorCode | 601 | 630 | 631 | 633 | 632;
      tokens: "user";
    };
  /**
   * Creates a group to re-target ads for users who visited advertiser's site (viewed information about the product, registered, etc.).
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.createTargetGroup
   */
  "ads.createTargetGroup": {
      params: T.AdsCreateTargetGroupParams;
      response: T.AdsCreateTargetGroupResponse;
      variants: [];
      responses: { "response": T.AdsCreateTargetGroupResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.createTargetPixel
   */
  "ads.createTargetPixel": {
      params: T.AdsCreateTargetPixelParams;
      response: T.AdsCreateTargetPixelResponse;
      variants: [];
      responses: { "response": T.AdsCreateTargetPixelResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/ads.deleteAds
   */
  "ads.deleteAds": {
      params: T.AdsDeleteAdsParams;
      response: T.AdsDeleteAdsResponse;
      variants: [];
      responses: { "response": T.AdsDeleteAdsResponse };
      errors: ApiGlobalErrorCode | 629 | 602 | 601;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/ads.deleteCampaigns
   */
  "ads.deleteCampaigns": {
      params: T.AdsDeleteCampaignsParams;
      response: T.AdsDeleteCampaignsResponse;
      variants: [];
      responses: { "response": T.AdsDeleteCampaignsResponse };
      errors: ApiGlobalErrorCode | 629 | 602 | 601;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/ads.deleteClients
   */
  "ads.deleteClients": {
      params: T.AdsDeleteClientsParams;
      response: T.AdsDeleteClientsResponse;
      variants: [];
      responses: { "response": T.AdsDeleteClientsResponse };
      errors: ApiGlobalErrorCode | 629 | 602 | 601;
      tokens: "user";
    };
  /**
   * Deletes a retarget group.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.deleteTargetGroup
   */
  "ads.deleteTargetGroup": {
      params: T.AdsDeleteTargetGroupParams;
      response: T.AdsDeleteTargetGroupResponse;
      variants: [];
      responses: { "response": T.AdsDeleteTargetGroupResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.deleteTargetPixel
   */
  "ads.deleteTargetPixel": {
      params: T.AdsDeleteTargetPixelParams;
      response: T.AdsDeleteTargetPixelResponse;
      variants: [];
      responses: { "response": T.AdsDeleteTargetPixelResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns a list of advertising accounts.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/ads.getAccounts
   */
  "ads.getAccounts": {
      params: T.AdsGetAccountsParams;
      response: T.AdsGetAccountsResponse;
      variants: [];
      responses: { "response": T.AdsGetAccountsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns number of ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getAds
   */
  "ads.getAds": {
      params: T.AdsGetAdsParams;
      response: T.AdsGetAdsResponse;
      variants: [];
      responses: { "response": T.AdsGetAdsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns descriptions of ad layouts.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getAdsLayout
   */
  "ads.getAdsLayout": {
      params: T.AdsGetAdsLayoutParams;
      response: T.AdsGetAdsLayoutResponse;
      variants: [];
      responses: { "response": T.AdsGetAdsLayoutResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns ad targeting parameters.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getAdsTargeting
   */
  "ads.getAdsTargeting": {
      params: T.AdsGetAdsTargetingParams;
      response: T.AdsGetAdsTargetingResponse;
      variants: [];
      responses: { "response": T.AdsGetAdsTargetingResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns current budget of the advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getBudget
   */
  "ads.getBudget": {
      params: T.AdsGetBudgetParams;
      response: T.AdsGetBudgetResponse;
      variants: [];
      responses: { "response": T.AdsGetBudgetResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns a list of campaigns in an advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getCampaigns
   */
  "ads.getCampaigns": {
      params: T.AdsGetCampaignsParams;
      response: T.AdsGetCampaignsResponse;
      variants: [];
      responses: { "response": T.AdsGetCampaignsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns a list of possible ad categories.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/ads.getCategories
   */
  "ads.getCategories": {
      params: T.AdsGetCategoriesParams;
      response: T.AdsGetCategoriesResponse;
      variants: [];
      responses: { "response": T.AdsGetCategoriesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of advertising agency's clients.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getClients
   */
  "ads.getClients": {
      params: T.AdsGetClientsParams;
      response: T.AdsGetClientsResponse;
      variants: [];
      responses: { "response": T.AdsGetClientsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns demographics for ads or campaigns.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getDemographics
   */
  "ads.getDemographics": {
      params: T.AdsGetDemographicsParams;
      response: T.AdsGetDemographicsResponse;
      variants: [];
      responses: { "response": T.AdsGetDemographicsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns information about current state of a counter - number of remaining runs of methods and time to the next counter nulling in seconds.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/ads.getFloodStats
   */
  "ads.getFloodStats": {
      params: T.AdsGetFloodStatsParams;
      response: T.AdsGetFloodStatsResponse;
      variants: [];
      responses: { "response": T.AdsGetFloodStatsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getLookalikeRequests
   */
  "ads.getLookalikeRequests": {
      params: T.AdsGetLookalikeRequestsParams;
      response: T.AdsGetLookalikeRequestsResponse;
      variants: [];
      responses: { "response": T.AdsGetLookalikeRequestsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/ads.getMusicians
   */
  "ads.getMusicians": {
      params: T.AdsGetMusiciansParams;
      response: T.AdsGetMusiciansResponse;
      variants: [];
      responses: { "response": T.AdsGetMusiciansResponse };
      errors: ApiGlobalErrorCode | 601 | 104;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getMusiciansByIds
   */
  "ads.getMusiciansByIds": {
      params: T.AdsGetMusiciansByIdsParams;
      response: T.AdsGetMusiciansByIdsResponse;
      variants: [];
      responses: { "response": T.AdsGetMusiciansByIdsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns a list of managers and supervisors of advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getOfficeUsers
   */
  "ads.getOfficeUsers": {
      params: T.AdsGetOfficeUsersParams;
      response: T.AdsGetOfficeUsersResponse;
      variants: [];
      responses: { "response": T.AdsGetOfficeUsersResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns detailed statistics of promoted posts reach from campaigns and ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getPostsReach
   */
  "ads.getPostsReach": {
      params: T.AdsGetPostsReachParams;
      response: T.AdsGetPostsReachResponse;
      variants: [];
      responses: { "response": T.AdsGetPostsReachResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns a reason of ad rejection for pre-moderation.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getRejectionReason
   */
  "ads.getRejectionReason": {
      params: T.AdsGetRejectionReasonParams;
      response: T.AdsGetRejectionReasonResponse;
      variants: [];
      responses: { "response": T.AdsGetRejectionReasonResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns statistics of performance indicators for ads, campaigns, clients or the whole account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getStatistics
   */
  "ads.getStatistics": {
      params: T.AdsGetStatisticsParams;
      response: T.AdsGetStatisticsResponse;
      variants: [];
      responses: { "response": T.AdsGetStatisticsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns a set of auto-suggestions for various targeting parameters.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/ads.getSuggestions
   */
  "ads.getSuggestions": {
      params: T.AdsGetSuggestionsParams;
      response: T.AdsGetSuggestionsResponse;
      variants: [[{ "section": "regions" }, T.AdsGetSuggestionsRegionsResponse], [{ "section": "cities" | "districts" | "streets" }, T.AdsGetSuggestionsCitiesResponse], [{ "section": "schools" }, T.AdsGetSuggestionsSchoolsResponse]];
      responses: { "response": T.AdsGetSuggestionsResponse; "regionsResponse": T.AdsGetSuggestionsRegionsResponse; "citiesResponse": T.AdsGetSuggestionsCitiesResponse; "schoolsResponse": T.AdsGetSuggestionsSchoolsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of target groups.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getTargetGroups
   */
  "ads.getTargetGroups": {
      params: T.AdsGetTargetGroupsParams;
      response: T.AdsGetTargetGroupsResponse;
      variants: [];
      responses: { "response": T.AdsGetTargetGroupsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getTargetPixels
   */
  "ads.getTargetPixels": {
      params: T.AdsGetTargetPixelsParams;
      response: T.AdsGetTargetPixelsResponse;
      variants: [];
      responses: { "response": T.AdsGetTargetPixelsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns the size of targeting audience, and also recommended values for CPC and CPM.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.getTargetingStats
   */
  "ads.getTargetingStats": {
      params: T.AdsGetTargetingStatsParams;
      response: T.AdsGetTargetingStatsResponse;
      variants: [];
      responses: { "response": T.AdsGetTargetingStatsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns URL to upload an ad photo to.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/ads.getUploadURL
   */
  "ads.getUploadURL": {
      params: T.AdsGetUploadURLParams;
      response: T.AdsGetUploadURLResponse;
      variants: [];
      responses: { "response": T.AdsGetUploadURLResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns URL to upload an ad video to.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/ads.getVideoUploadURL
   */
  "ads.getVideoUploadURL": {
      params: T.AdsGetVideoUploadURLParams;
      response: T.AdsGetVideoUploadURLResponse;
      variants: [];
      responses: { "response": T.AdsGetVideoUploadURLResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Imports a list of advertiser's contacts to count VK registered users against the target group.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.importTargetContacts
   */
  "ads.importTargetContacts": {
      params: T.AdsImportTargetContactsParams;
      response: T.AdsImportTargetContactsResponse;
      variants: [];
      responses: { "response": T.AdsImportTargetContactsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Removes managers and/or supervisors from advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.removeOfficeUsers
   */
  "ads.removeOfficeUsers": {
      params: T.AdsRemoveOfficeUsersParams;
      response: T.AdsRemoveOfficeUsersResponse;
      variants: [];
      responses: { "response": T.AdsRemoveOfficeUsersResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.removeTargetContacts
   */
  "ads.removeTargetContacts": {
      params: T.AdsRemoveTargetContactsParams;
      response: T.AdsRemoveTargetContactsResponse;
      variants: [];
      responses: { "response": T.AdsRemoveTargetContactsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   * - 634 `api_error_ads_lookalike_request_export_already_in_progress`: Lookalike request audience save already in progress
   * - 635 `api_error_ads_lookalike_request_export_max_count_per_day_reached`: Max count of lookalike request audience saves per day reached
   * - 636 `api_error_ads_lookalike_request_export_retargeting_group_limit`: Max count of retargeting groups reached
   *
   * @see https://dev.vk.com/method/ads.saveLookalikeRequestResult
   */
  "ads.saveLookalikeRequestResult": {
      params: T.AdsSaveLookalikeRequestResultParams;
      response: T.AdsSaveLookalikeRequestResultResponse;
      variants: [];
      responses: { "response": T.AdsSaveLookalikeRequestResultResponse };
      errors: ApiGlobalErrorCode | 601 | 634 | 635 | 636;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.shareTargetGroup
   */
  "ads.shareTargetGroup": {
      params: T.AdsShareTargetGroupParams;
      response: T.AdsShareTargetGroupResponse;
      variants: [];
      responses: { "response": T.AdsShareTargetGroupResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Edits ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.updateAds
   */
  "ads.updateAds": {
      params: T.AdsUpdateAdsParams;
      response: T.AdsUpdateAdsResponse;
      variants: [];
      responses: { "response": T.AdsUpdateAdsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Edits advertising campaigns.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.updateCampaigns
   */
  "ads.updateCampaigns": {
      params: T.AdsUpdateCampaignsParams;
      response: T.AdsUpdateCampaignsResponse;
      variants: [];
      responses: { "response": T.AdsUpdateCampaignsResponse };
      errors: ApiGlobalErrorCode | 602 | 601;
      tokens: "user";
    };
  /**
   * Edits clients of an advertising agency.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.updateClients
   */
  "ads.updateClients": {
      params: T.AdsUpdateClientsParams;
      response: T.AdsUpdateClientsResponse;
      variants: [];
      responses: { "response": T.AdsUpdateClientsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Adds managers and/or supervisors to advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.updateOfficeUsers
   */
  "ads.updateOfficeUsers": {
      params: T.AdsUpdateOfficeUsersParams;
      response: T.AdsUpdateOfficeUsersResponse;
      variants: [];
      responses: { "response": T.AdsUpdateOfficeUsersResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Edits a retarget group.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.updateTargetGroup
   */
  "ads.updateTargetGroup": {
      params: T.AdsUpdateTargetGroupParams;
      response: T.AdsUpdateTargetGroupResponse;
      variants: [];
      responses: { "response": T.AdsUpdateTargetGroupResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * @see https://dev.vk.com/method/ads.updateTargetPixel
   */
  "ads.updateTargetPixel": {
      params: T.AdsUpdateTargetPixelParams;
      response: T.AdsUpdateTargetPixelResponse;
      variants: [];
      responses: { "response": T.AdsUpdateTargetPixelResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  /**
   * Returns a URL for uploading a photo to the community collection for community app widgets
   *
   * Token types: service.
   *
   * @see https://dev.vk.com/method/appWidgets.getAppImageUploadServer
   */
  "appWidgets.getAppImageUploadServer": {
      params: T.AppWidgetsGetAppImageUploadServerParams;
      response: T.AppWidgetsGetAppImageUploadServerResponse;
      variants: [];
      responses: { "response": T.AppWidgetsGetAppImageUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Returns an app collection of images for community app widgets
   *
   * Token types: user, group, service.
   *
   * @see https://dev.vk.com/method/appWidgets.getAppImages
   */
  "appWidgets.getAppImages": {
      params: T.AppWidgetsGetAppImagesParams;
      response: T.AppWidgetsGetAppImagesResponse;
      variants: [];
      responses: { "response": T.AppWidgetsGetAppImagesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  /**
   * Returns a URL for uploading a photo to the community collection for community app widgets
   *
   * Token types: group.
   *
   * @see https://dev.vk.com/method/appWidgets.getGroupImageUploadServer
   */
  "appWidgets.getGroupImageUploadServer": {
      params: T.AppWidgetsGetGroupImageUploadServerParams;
      response: T.AppWidgetsGetGroupImageUploadServerResponse;
      variants: [];
      responses: { "response": T.AppWidgetsGetGroupImageUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "group";
    };
  /**
   * Returns a community collection of images for community app widgets
   *
   * Token types: group.
   *
   * @see https://dev.vk.com/method/appWidgets.getGroupImages
   */
  "appWidgets.getGroupImages": {
      params: T.AppWidgetsGetGroupImagesParams;
      response: T.AppWidgetsGetGroupImagesResponse;
      variants: [];
      responses: { "response": T.AppWidgetsGetGroupImagesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "group";
    };
  /**
   * Returns an image for community app widgets by its ID
   *
   * Token types: user, group, service.
   *
   * @see https://dev.vk.com/method/appWidgets.getImagesById
   */
  "appWidgets.getImagesById": {
      params: T.AppWidgetsGetImagesByIdParams;
      response: T.AppWidgetsGetImagesByIdResponse;
      variants: [];
      responses: { "response": T.AppWidgetsGetImagesByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  /**
   * Allows to save image into app collection for community app widgets
   *
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   *
   * @see https://dev.vk.com/method/appWidgets.saveAppImage
   */
  "appWidgets.saveAppImage": {
      params: T.AppWidgetsSaveAppImageParams;
      response: T.AppWidgetsSaveAppImageResponse;
      variants: [];
      responses: { "response": T.AppWidgetsSaveAppImageResponse };
      errors: ApiGlobalErrorCode | 129;
      tokens: "service";
    };
  /**
   * Allows to save image into community collection for community app widgets
   *
   * Token types: group.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   *
   * @see https://dev.vk.com/method/appWidgets.saveGroupImage
   */
  "appWidgets.saveGroupImage": {
      params: T.AppWidgetsSaveGroupImageParams;
      response: T.AppWidgetsSaveGroupImageResponse;
      variants: [];
      responses: { "response": T.AppWidgetsSaveGroupImageResponse };
      errors: ApiGlobalErrorCode | 129;
      tokens: "group";
    };
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
   * @see https://dev.vk.com/method/appWidgets.update
   */
  "appWidgets.update": {
      params: T.AppWidgetsUpdateParams;
      response: T.AppWidgetsUpdateResponse;
      variants: [];
      responses: { "response": T.AppWidgetsUpdateResponse };
      errors: ApiGlobalErrorCode | 12 | 19 | 210 | 212 | 125;
      tokens: "group";
    };
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 11003 `api_error_apps_empty_filter_params`: Empty filter params
   * - 11004 `api_error_apps_empty_snippet_data`: Empty snippet data
   * - 11005 `api_error_apps_too_many_snippets`: Too many snippets
   * - 11006 `api_error_apps_not_found_snippet`: Not found snippet
   *
   * @see https://dev.vk.com/method/apps.addSnippet
   */
  "apps.addSnippet": {
      params: T.AppsAddSnippetParams;
      response: T.AppsAddSnippetResponse;
      variants: [];
      responses: { "response": T.AppsAddSnippetResponse };
      errors: ApiGlobalErrorCode | 11003 | 11004 | 11005 | 11006;
      tokens: "service";
    };
  /**
   * Token types: service.
   *
   * @see https://dev.vk.com/method/apps.addUsersToTestingGroup
   */
  "apps.addUsersToTestingGroup": {
      params: T.AppsAddUsersToTestingGroupParams;
      response: T.AppsAddUsersToTestingGroupResponse;
      variants: [];
      responses: { "response": T.AppsAddUsersToTestingGroupResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Deletes all request notifications from the current app.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/apps.deleteAppRequests
   */
  "apps.deleteAppRequests": {
      params: T.AppsDeleteAppRequestsParams;
      response: T.AppsDeleteAppRequestsResponse;
      variants: [];
      responses: { "response": T.AppsDeleteAppRequestsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 11006 `api_error_apps_not_found_snippet`: Not found snippet
   *
   * @see https://dev.vk.com/method/apps.deleteSnippet
   */
  "apps.deleteSnippet": {
      params: T.AppsDeleteSnippetParams;
      response: T.AppsDeleteSnippetResponse;
      variants: [];
      responses: { "response": T.AppsDeleteSnippetResponse };
      errors: ApiGlobalErrorCode | 11006;
      tokens: "service";
    };
  /**
   * Returns applications data.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/apps.get
   */
  "apps.get": {
      params: T.AppsGetParams;
      response: T.AppsGetResponse;
      variants: [];
      responses: { "response": T.AppsGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of applications (apps) available to users in the App Catalog.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/apps.getCatalog
   */
  "apps.getCatalog": {
      params: T.AppsGetCatalogParams;
      response: T.AppsGetCatalogResponse;
      variants: [];
      responses: { "response": T.AppsGetCatalogResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Creates friends list for requests and invites in current app.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/apps.getFriendsList
   */
  "apps.getFriendsList": {
      params: T.AppsGetFriendsListParams;
      response: T.AppsGetFriendsListResponse;
      variants: [[{ "extended": 1 | true }, T.AppsGetFriendsListExtendedResponse]];
      responses: { "response": T.AppsGetFriendsListResponse; "extendedResponse": T.AppsGetFriendsListExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns players rating in the game.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/apps.getLeaderboard
   */
  "apps.getLeaderboard": {
      params: T.AppsGetLeaderboardParams;
      response: T.AppsGetLeaderboardResponse;
      variants: [[{ "extended": 1 | true }, T.AppsGetLeaderboardExtendedResponse]];
      responses: { "response": T.AppsGetLeaderboardResponse; "extendedResponse": T.AppsGetLeaderboardExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns policies and terms given to a mini app.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/apps.getMiniAppPolicies
   */
  "apps.getMiniAppPolicies": {
      params: T.AppsGetMiniAppPoliciesParams;
      response: T.AppsGetMiniAppPoliciesResponse;
      variants: [];
      responses: { "response": T.AppsGetMiniAppPoliciesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns scopes for auth
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/apps.getScopes
   */
  "apps.getScopes": {
      params: T.AppsGetScopesParams;
      response: T.AppsGetScopesResponse;
      variants: [];
      responses: { "response": T.AppsGetScopesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns user score in app
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/apps.getScore
   */
  "apps.getScore": {
      params: T.AppsGetScoreParams;
      response: T.AppsGetScoreResponse;
      variants: [];
      responses: { "response": T.AppsGetScoreResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: service.
   *
   * @see https://dev.vk.com/method/apps.getSnippets
   */
  "apps.getSnippets": {
      params: T.AppsGetSnippetsParams;
      response: T.AppsGetSnippetsResponse;
      variants: [];
      responses: { "response": T.AppsGetSnippetsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Token types: service.
   *
   * @see https://dev.vk.com/method/apps.getTestingGroups
   */
  "apps.getTestingGroups": {
      params: T.AppsGetTestingGroupsParams;
      response: T.AppsGetTestingGroupsResponse;
      variants: [];
      responses: { "response": T.AppsGetTestingGroupsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/apps.isNotificationsAllowed
   */
  "apps.isNotificationsAllowed": {
      params: T.AppsIsNotificationsAllowedParams;
      response: T.AppsIsNotificationsAllowedResponse;
      variants: [];
      responses: { "response": T.AppsIsNotificationsAllowedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * @see https://dev.vk.com/method/apps.promoHasActiveGift
   */
  "apps.promoHasActiveGift": {
      params: T.AppsPromoHasActiveGiftParams;
      response: T.AppsPromoHasActiveGiftResponse;
      variants: [];
      responses: { "response": T.AppsPromoHasActiveGiftResponse };
      errors: ApiGlobalErrorCode | 106;
      tokens: "user" | "service";
    };
  /**
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * @see https://dev.vk.com/method/apps.promoUseGift
   */
  "apps.promoUseGift": {
      params: T.AppsPromoUseGiftParams;
      response: T.AppsPromoUseGiftResponse;
      variants: [];
      responses: { "response": T.AppsPromoUseGiftResponse };
      errors: ApiGlobalErrorCode | 106;
      tokens: "user" | "service";
    };
  /**
   * Token types: service.
   *
   * @see https://dev.vk.com/method/apps.removeTestingGroup
   */
  "apps.removeTestingGroup": {
      params: T.AppsRemoveTestingGroupParams;
      response: T.AppsRemoveTestingGroupResponse;
      variants: [];
      responses: { "response": T.AppsRemoveTestingGroupResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Token types: service.
   *
   * @see https://dev.vk.com/method/apps.removeUsersFromTestingGroups
   */
  "apps.removeUsersFromTestingGroups": {
      params: T.AppsRemoveUsersFromTestingGroupsParams;
      response: T.AppsRemoveUsersFromTestingGroupsResponse;
      variants: [];
      responses: { "response": T.AppsRemoveUsersFromTestingGroupsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Sends a request to another user in an app that uses VK authorization.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/apps.sendRequest
   */
  "apps.sendRequest": {
      params: T.AppsSendRequestParams;
      response: T.AppsSendRequestResponse;
      variants: [];
      responses: { "response": T.AppsSendRequestResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: service.
   *
   * @see https://dev.vk.com/method/apps.updateMetaForTestingGroup
   */
  "apps.updateMetaForTestingGroup": {
      params: T.AppsUpdateMetaForTestingGroupParams;
      response: T.AppsUpdateMetaForTestingGroupResponse;
      variants: [];
      responses: { "response": T.AppsUpdateMetaForTestingGroupResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Allows to restore account access using a code received via SMS. " This method is only available for apps with [vk.com/dev/auth_direct|Direct authorization] access. "
   *
   * Token types: user, open, service.
   *
   * Errors (besides the global ones):
   * - 1105 `api_error_auth_flood_error`: Too many auth attempts, try again later
   *
   * @see https://dev.vk.com/method/auth.restore
   */
  "auth.restore": {
      params: T.AuthRestoreParams;
      response: T.AuthRestoreResponse;
      variants: [];
      responses: { "response": T.AuthRestoreResponse };
      errors: ApiGlobalErrorCode | 1105;
      tokens: "user" | "open" | "service";
    };
  /**
   * Creates a new topic on a community's discussion board.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * @see https://dev.vk.com/method/board.addTopic
   */
  "board.addTopic": {
      params: T.BoardAddTopicParams;
      response: T.BoardAddTopicResponse;
      variants: [];
      responses: { "response": T.BoardAddTopicResponse };
      errors: ApiGlobalErrorCode | 703;
      tokens: "user";
    };
  /**
   * Closes a topic on a community's discussion board so that comments cannot be posted.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/board.closeTopic
   */
  "board.closeTopic": {
      params: T.BoardCloseTopicParams;
      response: T.BoardCloseTopicResponse;
      variants: [];
      responses: { "response": T.BoardCloseTopicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Adds a comment on a topic on a community's discussion board.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/board.createComment
   */
  "board.createComment": {
      params: T.BoardCreateCommentParams;
      response: T.BoardCreateCommentResponse;
      variants: [];
      responses: { "response": T.BoardCreateCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Deletes a comment on a topic on a community's discussion board.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/board.deleteComment
   */
  "board.deleteComment": {
      params: T.BoardDeleteCommentParams;
      response: T.BoardDeleteCommentResponse;
      variants: [];
      responses: { "response": T.BoardDeleteCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Deletes a topic from a community's discussion board.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/board.deleteTopic
   */
  "board.deleteTopic": {
      params: T.BoardDeleteTopicParams;
      response: T.BoardDeleteTopicResponse;
      variants: [];
      responses: { "response": T.BoardDeleteTopicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Edits a comment on a topic on a community's discussion board.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/board.editComment
   */
  "board.editComment": {
      params: T.BoardEditCommentParams;
      response: T.BoardEditCommentResponse;
      variants: [];
      responses: { "response": T.BoardEditCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Edits the title of a topic on a community's discussion board.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/board.editTopic
   */
  "board.editTopic": {
      params: T.BoardEditTopicParams;
      response: T.BoardEditTopicResponse;
      variants: [];
      responses: { "response": T.BoardEditTopicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Pins a topic (fixes its place) to the top of a community's discussion board.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/board.fixTopic
   */
  "board.fixTopic": {
      params: T.BoardFixTopicParams;
      response: T.BoardFixTopicResponse;
      variants: [];
      responses: { "response": T.BoardFixTopicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of comments on a topic on a community's discussion board.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/board.getComments
   */
  "board.getComments": {
      params: T.BoardGetCommentsParams;
      response: T.BoardGetCommentsResponse;
      variants: [[{ "extended": 1 | true }, T.BoardGetCommentsExtendedResponse]];
      responses: { "response": T.BoardGetCommentsResponse; "extendedResponse": T.BoardGetCommentsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of topics on a community's discussion board.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/board.getTopics
   */
  "board.getTopics": {
      params: T.BoardGetTopicsParams;
      response: T.BoardGetTopicsResponse;
      variants: [[{ "extended": 1 | true }, T.BoardGetTopicsExtendedResponse]];
      responses: { "response": T.BoardGetTopicsResponse; "extendedResponse": T.BoardGetTopicsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Re-opens a previously closed topic on a community's discussion board.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/board.openTopic
   */
  "board.openTopic": {
      params: T.BoardOpenTopicParams;
      response: T.BoardOpenTopicResponse;
      variants: [];
      responses: { "response": T.BoardOpenTopicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Restores a comment deleted from a topic on a community's discussion board.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/board.restoreComment
   */
  "board.restoreComment": {
      params: T.BoardRestoreCommentParams;
      response: T.BoardRestoreCommentResponse;
      variants: [];
      responses: { "response": T.BoardRestoreCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Unpins a pinned topic from the top of a community's discussion board.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/board.unfixTopic
   */
  "board.unfixTopic": {
      params: T.BoardUnfixTopicParams;
      response: T.BoardUnfixTopicResponse;
      variants: [];
      responses: { "response": T.BoardUnfixTopicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/bugtracker.addCompanyGroupsMembers
   */
  "bugtracker.addCompanyGroupsMembers": {
      params: T.BugtrackerAddCompanyGroupsMembersParams;
      response: T.BugtrackerAddCompanyGroupsMembersResponse;
      variants: [];
      responses: { "response": T.BugtrackerAddCompanyGroupsMembersResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/bugtracker.addCompanyMembers
   */
  "bugtracker.addCompanyMembers": {
      params: T.BugtrackerAddCompanyMembersParams;
      response: T.BugtrackerAddCompanyMembersResponse;
      variants: [];
      responses: { "response": T.BugtrackerAddCompanyMembersResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * @see https://dev.vk.com/method/bugtracker.changeBugreportStatus
   */
  "bugtracker.changeBugreportStatus": {
      params: T.BugtrackerChangeBugreportStatusParams;
      response: T.BugtrackerChangeBugreportStatusResponse;
      variants: [];
      responses: { "response": T.BugtrackerChangeBugreportStatusResponse };
      errors: ApiGlobalErrorCode | 104 | 106;
      tokens: never;
    };
  /**
   * Creates the comment to bugreport
   *
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 122 `api_error_param_photos`: Invalid photos
   *
   * @see https://dev.vk.com/method/bugtracker.createComment
   */
  "bugtracker.createComment": {
      params: T.BugtrackerCreateCommentParams;
      response: T.BugtrackerCreateCommentResponse;
      variants: [];
      responses: { "response": T.BugtrackerCreateCommentResponse };
      errors: ApiGlobalErrorCode | 104 | 122;
      tokens: never;
    };
  /**
   * Returns extended bugreport data
   *
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/bugtracker.getBugreportById
   */
  "bugtracker.getBugreportById": {
      params: T.BugtrackerGetBugreportByIdParams;
      response: T.BugtrackerGetBugreportByIdResponse;
      variants: [];
      responses: { "response": T.BugtrackerGetBugreportByIdResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/bugtracker.getCompanyGroupMembers
   */
  "bugtracker.getCompanyGroupMembers": {
      params: T.BugtrackerGetCompanyGroupMembersParams;
      response: T.BugtrackerGetCompanyGroupMembersResponse;
      variants: [];
      responses: { "response": T.BugtrackerGetCompanyGroupMembersResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/bugtracker.getCompanyMembers
   */
  "bugtracker.getCompanyMembers": {
      params: T.BugtrackerGetCompanyMembersParams;
      response: T.BugtrackerGetCompanyMembersResponse;
      variants: [];
      responses: { "response": T.BugtrackerGetCompanyMembersResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * @see https://dev.vk.com/method/bugtracker.getDownloadVersionUrl
   */
  "bugtracker.getDownloadVersionUrl": {
      params: T.BugtrackerGetDownloadVersionUrlParams;
      response: T.BugtrackerGetDownloadVersionUrlResponse;
      variants: [];
      responses: { "response": T.BugtrackerGetDownloadVersionUrlResponse };
      errors: ApiGlobalErrorCode | 104 | 106;
      tokens: never;
    };
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/bugtracker.getProductBuildUploadServer
   */
  "bugtracker.getProductBuildUploadServer": {
      params: T.BugtrackerGetProductBuildUploadServerParams;
      response: T.BugtrackerGetProductBuildUploadServerResponse;
      variants: [];
      responses: { "response": T.BugtrackerGetProductBuildUploadServerResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: never;
    };
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/bugtracker.removeCompanyGroupMember
   */
  "bugtracker.removeCompanyGroupMember": {
      params: T.BugtrackerRemoveCompanyGroupMemberParams;
      response: T.BugtrackerRemoveCompanyGroupMemberResponse;
      variants: [];
      responses: { "response": T.BugtrackerRemoveCompanyGroupMemberResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/bugtracker.removeCompanyMember
   */
  "bugtracker.removeCompanyMember": {
      params: T.BugtrackerRemoveCompanyMemberParams;
      response: T.BugtrackerRemoveCompanyMemberResponse;
      variants: [];
      responses: { "response": T.BugtrackerRemoveCompanyMemberResponse };
      errors: ApiGlobalErrorCode | 103;
      tokens: never;
    };
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/bugtracker.saveProductVersion
   */
  "bugtracker.saveProductVersion": {
      params: T.BugtrackerSaveProductVersionParams;
      response: T.BugtrackerSaveProductVersionResponse;
      variants: [];
      responses: { "response": T.BugtrackerSaveProductVersionResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: never;
    };
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/bugtracker.setCompanyMemberRole
   */
  "bugtracker.setCompanyMemberRole": {
      params: T.BugtrackerSetCompanyMemberRoleParams;
      response: T.BugtrackerSetCompanyMemberRoleResponse;
      variants: [];
      responses: { "response": T.BugtrackerSetCompanyMemberRoleResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * @see https://dev.vk.com/method/bugtracker.setProductIsOver
   */
  "bugtracker.setProductIsOver": {
      params: T.BugtrackerSetProductIsOverParams;
      response: T.BugtrackerSetProductIsOverResponse;
      variants: [];
      responses: { "response": T.BugtrackerSetProductIsOverResponse };
      errors: ApiGlobalErrorCode | 104 | 106;
      tokens: never;
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/calls.forceFinish
   */
  "calls.forceFinish": {
      params: T.CallsForceFinishParams;
      response: T.CallsForceFinishResponse;
      variants: [];
      responses: { "response": T.CallsForceFinishResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/calls.start
   */
  "calls.start": {
      params: T.CallsStartParams;
      response: T.CallsStartResponse;
      variants: [];
      responses: { "response": T.CallsStartResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns list of chairs on a specified faculty.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/database.getChairs
   */
  "database.getChairs": {
      params: T.DatabaseGetChairsParams;
      response: T.DatabaseGetChairsResponse;
      variants: [];
      responses: { "response": T.DatabaseGetChairsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of cities.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/database.getCities
   */
  "database.getCities": {
      params: T.DatabaseGetCitiesParams;
      response: T.DatabaseGetCitiesResponse;
      variants: [];
      responses: { "response": T.DatabaseGetCitiesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns information about cities by their IDs.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/database.getCitiesById
   */
  "database.getCitiesById": {
      params: T.DatabaseGetCitiesByIdParams;
      response: T.DatabaseGetCitiesByIdResponse;
      variants: [];
      responses: { "response": T.DatabaseGetCitiesByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of countries.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/database.getCountries
   */
  "database.getCountries": {
      params: T.DatabaseGetCountriesParams;
      response: T.DatabaseGetCountriesResponse;
      variants: [];
      responses: { "response": T.DatabaseGetCountriesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns information about countries by their IDs.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/database.getCountriesById
   */
  "database.getCountriesById": {
      params: T.DatabaseGetCountriesByIdParams;
      response: T.DatabaseGetCountriesByIdResponse;
      variants: [];
      responses: { "response": T.DatabaseGetCountriesByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of faculties (i.e., university departments).
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/database.getFaculties
   */
  "database.getFaculties": {
      params: T.DatabaseGetFacultiesParams;
      response: T.DatabaseGetFacultiesResponse;
      variants: [];
      responses: { "response": T.DatabaseGetFacultiesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Get metro stations by city
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/database.getMetroStations
   */
  "database.getMetroStations": {
      params: T.DatabaseGetMetroStationsParams;
      response: T.DatabaseGetMetroStationsResponse;
      variants: [];
      responses: { "response": T.DatabaseGetMetroStationsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Get metro station by his id
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/database.getMetroStationsById
   */
  "database.getMetroStationsById": {
      params: T.DatabaseGetMetroStationsByIdParams;
      response: T.DatabaseGetMetroStationsByIdResponse;
      variants: [];
      responses: { "response": T.DatabaseGetMetroStationsByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of regions.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/database.getRegions
   */
  "database.getRegions": {
      params: T.DatabaseGetRegionsParams;
      response: T.DatabaseGetRegionsResponse;
      variants: [];
      responses: { "response": T.DatabaseGetRegionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of school classes specified for the country.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/database.getSchoolClasses
   */
  "database.getSchoolClasses": {
      params: T.DatabaseGetSchoolClassesParams;
      response: T.DatabaseGetSchoolClassesResponse;
      variants: [];
      responses: { "response": T.DatabaseGetSchoolClassesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of schools.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/database.getSchools
   */
  "database.getSchools": {
      params: T.DatabaseGetSchoolsParams;
      response: T.DatabaseGetSchoolsResponse;
      variants: [];
      responses: { "response": T.DatabaseGetSchoolsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of higher education institutions.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/database.getUniversities
   */
  "database.getUniversities": {
      params: T.DatabaseGetUniversitiesParams;
      response: T.DatabaseGetUniversitiesResponse;
      variants: [];
      responses: { "response": T.DatabaseGetUniversitiesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Copies a document to a user's or community's document list.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/docs.add
   */
  "docs.add": {
      params: T.DocsAddParams;
      response: T.DocsAddResponse;
      variants: [];
      responses: { "response": T.DocsAddResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Deletes a user or community document.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1151 `api_error_param_doc_delete_access`: Access to document deleting is denied
   * - 1150 `api_error_param_doc_id`: Invalid document id
   *
   * @see https://dev.vk.com/method/docs.delete
   */
  "docs.delete": {
      params: T.DocsDeleteParams;
      response: T.DocsDeleteResponse;
      variants: [];
      responses: { "response": T.DocsDeleteResponse };
      errors: ApiGlobalErrorCode | 1151 | 1150;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/docs.edit
   */
  "docs.edit": {
      params: T.DocsEditParams;
      response: T.DocsEditResponse;
      variants: [];
      responses: { "response": T.DocsEditResponse };
      errors: ApiGlobalErrorCode | 1153 | 1150 | 1152;
      tokens: "user";
    };
  /**
   * Returns detailed information about user or community documents.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/docs.get
   */
  "docs.get": {
      params: T.DocsGetParams;
      response: T.DocsGetResponse;
      variants: [];
      responses: { "response": T.DocsGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns information about documents by their IDs.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/docs.getById
   */
  "docs.getById": {
      params: T.DocsGetByIdParams;
      response: T.DocsGetByIdResponse;
      variants: [];
      responses: { "response": T.DocsGetByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns the server address for document upload.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 901 `api_error_messages_deny_send`: Can't send messages for users without permission
   *
   * @see https://dev.vk.com/method/docs.getMessagesUploadServer
   */
  "docs.getMessagesUploadServer": {
      params: T.DocsGetMessagesUploadServerParams;
      response: T.DocsGetMessagesUploadServerResponse;
      variants: [];
      responses: { "response": T.DocsGetMessagesUploadServerResponse };
      errors: ApiGlobalErrorCode | 901;
      tokens: "user" | "group";
    };
  /**
   * Returns documents types available for current user.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/docs.getTypes
   */
  "docs.getTypes": {
      params: T.DocsGetTypesParams;
      response: T.DocsGetTypesResponse;
      variants: [];
      responses: { "response": T.DocsGetTypesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns the server address for document upload.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/docs.getUploadServer
   */
  "docs.getUploadServer": {
      params: T.DocsGetUploadServerParams;
      response: T.DocsGetUploadServerResponse;
      variants: [];
      responses: { "response": T.DocsGetUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns the server address for document upload onto a user's or community's wall.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/docs.getWallUploadServer
   */
  "docs.getWallUploadServer": {
      params: T.DocsGetWallUploadServerParams;
      response: T.DocsGetWallUploadServerResponse;
      variants: [];
      responses: { "response": T.DocsGetWallUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1154 `api_error_param_doc_restore_access`: Access to document restoring is denied
   * - 1155 `api_error_param_doc_restore_timeout`: Document was deleted too long ago
   *
   * @see https://dev.vk.com/method/docs.restore
   */
  "docs.restore": {
      params: T.DocsRestoreParams;
      response: T.DocsRestoreResponse;
      variants: [];
      responses: { "response": T.DocsRestoreResponse };
      errors: ApiGlobalErrorCode | 1154 | 1155;
      tokens: "user";
    };
  /**
   * Saves a document after [vk.com/dev/upload_files_2|uploading it to a server].
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 105 `api_error_save_file`: Couldn't save file
   *
   * @see https://dev.vk.com/method/docs.save
   */
  "docs.save": {
      params: T.DocsSaveParams;
      response: T.DocsSaveResponse;
      variants: [];
      responses: { "response": T.DocsSaveResponse };
      errors: ApiGlobalErrorCode | 105;
      tokens: "user" | "group";
    };
  /**
   * Returns a list of documents matching the search criteria.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/docs.search
   */
  "docs.search": {
      params: T.DocsSearchParams;
      response: T.DocsSearchResponse;
      variants: [];
      responses: { "response": T.DocsSearchResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/donut.getFriends
   */
  "donut.getFriends": {
      params: T.DonutGetFriendsParams;
      response: T.DonutGetFriendsResponse;
      variants: [];
      responses: { "response": T.DonutGetFriendsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/donut.getSubscription
   */
  "donut.getSubscription": {
      params: T.DonutGetSubscriptionParams;
      response: T.DonutGetSubscriptionResponse;
      variants: [];
      responses: { "response": T.DonutGetSubscriptionResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  /**
   * Returns a list of user's VK Donut subscriptions.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/donut.getSubscriptions
   */
  "donut.getSubscriptions": {
      params: T.DonutGetSubscriptionsParams;
      response: T.DonutGetSubscriptionsResponse;
      variants: [];
      responses: { "response": T.DonutGetSubscriptionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/donut.isDon
   */
  "donut.isDon": {
      params: T.DonutIsDonParams;
      response: T.DonutIsDonResponse;
      variants: [];
      responses: { "response": T.DonutIsDonResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 106 `api_error_action_failed`: Unable to process action
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/downloadedGames.getPaidStatus
   */
  "downloadedGames.getPaidStatus": {
      params: T.DownloadedGamesGetPaidStatusParams;
      response: T.DownloadedGamesGetPaidStatusResponse;
      variants: [];
      responses: { "response": T.DownloadedGamesGetPaidStatusResponse };
      errors: ApiGlobalErrorCode | 106 | 104;
      tokens: "user";
    };
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 12 `api_error_compile`: Unable to compile code
   *
   * @see https://dev.vk.com/method/execute
   */
  "execute": {
      params: T.ExecuteParams;
      response: T.ExecuteResponse;
      variants: [];
      responses: { "response": T.ExecuteResponse };
      errors: ApiGlobalErrorCode | 12;
      tokens: "user" | "group";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/fave.addArticle
   */
  "fave.addArticle": {
      params: T.FaveAddArticleParams;
      response: T.FaveAddArticleResponse;
      variants: [];
      responses: { "response": T.FaveAddArticleResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  /**
   * Adds a link to user faves.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.addLink
   */
  "fave.addLink": {
      params: T.FaveAddLinkParams;
      response: T.FaveAddLinkResponse;
      variants: [];
      responses: { "response": T.FaveAddLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.addPage
   */
  "fave.addPage": {
      params: T.FaveAddPageParams;
      response: T.FaveAddPageResponse;
      variants: [];
      responses: { "response": T.FaveAddPageResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.addPost
   */
  "fave.addPost": {
      params: T.FaveAddPostParams;
      response: T.FaveAddPostResponse;
      variants: [];
      responses: { "response": T.FaveAddPostResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.addProduct
   */
  "fave.addProduct": {
      params: T.FaveAddProductParams;
      response: T.FaveAddProductResponse;
      variants: [];
      responses: { "response": T.FaveAddProductResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/fave.addTag
   */
  "fave.addTag": {
      params: T.FaveAddTagParams;
      response: T.FaveAddTagResponse;
      variants: [];
      responses: { "response": T.FaveAddTagResponse };
      errors: ApiGlobalErrorCode | 103;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.addVideo
   */
  "fave.addVideo": {
      params: T.FaveAddVideoParams;
      response: T.FaveAddVideoResponse;
      variants: [];
      responses: { "response": T.FaveAddVideoResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.editTag
   */
  "fave.editTag": {
      params: T.FaveEditTagParams;
      response: T.FaveEditTagResponse;
      variants: [];
      responses: { "response": T.FaveEditTagResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.get
   */
  "fave.get": {
      params: T.FaveGetParams;
      response: T.FaveGetResponse;
      variants: [[{ "extended": 1 | true }, T.FaveGetExtendedResponse]];
      responses: { "response": T.FaveGetResponse; "extendedResponse": T.FaveGetExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.getPages
   */
  "fave.getPages": {
      params: T.FaveGetPagesParams;
      response: T.FaveGetPagesResponse;
      variants: [];
      responses: { "response": T.FaveGetPagesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.getTags
   */
  "fave.getTags": {
      params: T.FaveGetTagsParams;
      response: T.FaveGetTagsResponse;
      variants: [];
      responses: { "response": T.FaveGetTagsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.markSeen
   */
  "fave.markSeen": {
      params: T.FaveMarkSeenParams;
      response: T.FaveMarkSeenResponse;
      variants: [];
      responses: { "response": T.FaveMarkSeenResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.removeArticle
   */
  "fave.removeArticle": {
      params: T.FaveRemoveArticleParams;
      response: T.FaveRemoveArticleResponse;
      variants: [];
      responses: { "response": T.FaveRemoveArticleResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Removes link from the user's faves.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.removeLink
   */
  "fave.removeLink": {
      params: T.FaveRemoveLinkParams;
      response: T.FaveRemoveLinkResponse;
      variants: [];
      responses: { "response": T.FaveRemoveLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.removePage
   */
  "fave.removePage": {
      params: T.FaveRemovePageParams;
      response: T.FaveRemovePageResponse;
      variants: [];
      responses: { "response": T.FaveRemovePageResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.removePost
   */
  "fave.removePost": {
      params: T.FaveRemovePostParams;
      response: T.FaveRemovePostResponse;
      variants: [];
      responses: { "response": T.FaveRemovePostResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.removeProduct
   */
  "fave.removeProduct": {
      params: T.FaveRemoveProductParams;
      response: T.FaveRemoveProductResponse;
      variants: [];
      responses: { "response": T.FaveRemoveProductResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.removeTag
   */
  "fave.removeTag": {
      params: T.FaveRemoveTagParams;
      response: T.FaveRemoveTagResponse;
      variants: [];
      responses: { "response": T.FaveRemoveTagResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.removeVideo
   */
  "fave.removeVideo": {
      params: T.FaveRemoveVideoParams;
      response: T.FaveRemoveVideoResponse;
      variants: [];
      responses: { "response": T.FaveRemoveVideoResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.reorderTags
   */
  "fave.reorderTags": {
      params: T.FaveReorderTagsParams;
      response: T.FaveReorderTagsResponse;
      variants: [];
      responses: { "response": T.FaveReorderTagsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/fave.setPageTags
   */
  "fave.setPageTags": {
      params: T.FaveSetPageTagsParams;
      response: T.FaveSetPageTagsResponse;
      variants: [];
      responses: { "response": T.FaveSetPageTagsResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 3800 `api_error_fave_aliexpress_tag`: Can't set AliExpress tag to this type of object
   *
   * @see https://dev.vk.com/method/fave.setTags
   */
  "fave.setTags": {
      params: T.FaveSetTagsParams;
      response: T.FaveSetTagsResponse;
      variants: [];
      responses: { "response": T.FaveSetTagsResponse };
      errors: ApiGlobalErrorCode | 104 | 3800;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/fave.trackPageInteraction
   */
  "fave.trackPageInteraction": {
      params: T.FaveTrackPageInteractionParams;
      response: T.FaveTrackPageInteractionResponse;
      variants: [];
      responses: { "response": T.FaveTrackPageInteractionResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/friends.add
   */
  "friends.add": {
      params: T.FriendsAddParams;
      response: T.FriendsAddResponse;
      variants: [];
      responses: { "response": T.FriendsAddResponse };
      errors: ApiGlobalErrorCode | 175 | 176 | 174 | 177 | 242;
      tokens: "user";
    };
  /**
   * Creates a new friend list for the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 173 `api_error_friends_list_limit`: Reached the maximum number of lists
   *
   * @see https://dev.vk.com/method/friends.addList
   */
  "friends.addList": {
      params: T.FriendsAddListParams;
      response: T.FriendsAddListResponse;
      variants: [];
      responses: { "response": T.FriendsAddListResponse };
      errors: ApiGlobalErrorCode | 173;
      tokens: "user";
    };
  /**
   * Checks the current user's friendship status with other specified users.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/friends.areFriends
   */
  "friends.areFriends": {
      params: T.FriendsAreFriendsParams;
      response: T.FriendsAreFriendsResponse;
      variants: [[{ "extended": 1 | true }, T.FriendsAreFriendsExtendedResponse]];
      responses: { "response": T.FriendsAreFriendsResponse; "extendedResponse": T.FriendsAreFriendsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Declines a friend request or deletes a user from the current user's friend list.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/friends.delete
   */
  "friends.delete": {
      params: T.FriendsDeleteParams;
      response: T.FriendsDeleteResponse;
      variants: [];
      responses: { "response": T.FriendsDeleteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Marks all incoming friend requests as viewed.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/friends.deleteAllRequests
   */
  "friends.deleteAllRequests": {
      params: T.FriendsDeleteAllRequestsParams;
      response: T.FriendsDeleteAllRequestsResponse;
      variants: [];
      responses: { "response": T.FriendsDeleteAllRequestsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Deletes a friend list of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 171 `api_error_friends_list_id`: Invalid list id
   *
   * @see https://dev.vk.com/method/friends.deleteList
   */
  "friends.deleteList": {
      params: T.FriendsDeleteListParams;
      response: T.FriendsDeleteListResponse;
      variants: [];
      responses: { "response": T.FriendsDeleteListResponse };
      errors: ApiGlobalErrorCode | 171;
      tokens: "user";
    };
  /**
   * Edits the friend lists of the selected user.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/friends.edit
   */
  "friends.edit": {
      params: T.FriendsEditParams;
      response: T.FriendsEditResponse;
      variants: [];
      responses: { "response": T.FriendsEditResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Edits a friend list of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 171 `api_error_friends_list_id`: Invalid list id
   *
   * @see https://dev.vk.com/method/friends.editList
   */
  "friends.editList": {
      params: T.FriendsEditListParams;
      response: T.FriendsEditListResponse;
      variants: [];
      responses: { "response": T.FriendsEditListResponse };
      errors: ApiGlobalErrorCode | 171;
      tokens: "user";
    };
  /**
   * Returns a list of user IDs or detailed information about a user's friends.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/friends.get
   */
  "friends.get": {
      params: T.FriendsGetParams;
      response: T.FriendsGetResponse;
      variants: [[{ "fields": {} }, T.FriendsGetFieldsResponse]];
      responses: { "response": T.FriendsGetResponse; "fieldsResponse": T.FriendsGetFieldsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of IDs of the current user's friends who installed the application.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/friends.getAppUsers
   */
  "friends.getAppUsers": {
      params: T.FriendsGetAppUsersParams;
      response: T.FriendsGetAppUsersResponse;
      variants: [];
      responses: { "response": T.FriendsGetAppUsersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of the user's friend lists.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/friends.getLists
   */
  "friends.getLists": {
      params: T.FriendsGetListsParams;
      response: T.FriendsGetListsResponse;
      variants: [];
      responses: { "response": T.FriendsGetListsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of user IDs of the mutual friends of two users.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/friends.getMutual
   */
  "friends.getMutual": {
      params: T.FriendsGetMutualParams;
      response: T.FriendsGetMutualResponse;
      variants: [[{ "target_uids": {} }, T.FriendsGetMutualTargetUidsResponse], [{ "need_common_count": 1 | true }, T.FriendsGetMutualTotalCountResponse]];
      responses: { "response": T.FriendsGetMutualResponse; "targetUidsResponse": T.FriendsGetMutualTargetUidsResponse; "totalCountResponse": T.FriendsGetMutualTotalCountResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of user IDs of a user's friends who are online.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/friends.getOnline
   */
  "friends.getOnline": {
      params: T.FriendsGetOnlineParams;
      response: T.FriendsGetOnlineResponse | T.FriendsGetOnlineExtendedResponse | T.FriendsGetOnlineOnlineMobileResponse;
      variants: [[{ "online_mobile": 1 | true }, T.FriendsGetOnlineOnlineMobileExtendedResponse]];
      responses: { "response": T.FriendsGetOnlineResponse; "onlineMobileResponse": T.FriendsGetOnlineOnlineMobileResponse; "extendedResponse": T.FriendsGetOnlineExtendedResponse; "onlineMobileExtendedResponse": T.FriendsGetOnlineOnlineMobileExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of user IDs of the current user's recently added friends.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/friends.getRecent
   */
  "friends.getRecent": {
      params: T.FriendsGetRecentParams;
      response: T.FriendsGetRecentResponse;
      variants: [];
      responses: { "response": T.FriendsGetRecentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns information about the current user's incoming and outgoing friend requests.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/friends.getRequests
   */
  "friends.getRequests": {
      params: T.FriendsGetRequestsParams;
      response: T.FriendsGetRequestsResponse;
      variants: [[{ "extended": 1 | true }, T.FriendsGetRequestsExtendedResponse], [{ "need_mutual": 1 | true }, T.FriendsGetRequestsNeedMutualResponse]];
      responses: { "response": T.FriendsGetRequestsResponse; "needMutualResponse": T.FriendsGetRequestsNeedMutualResponse; "extendedResponse": T.FriendsGetRequestsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of profiles of users whom the current user may know.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/friends.getSuggestions
   */
  "friends.getSuggestions": {
      params: T.FriendsGetSuggestionsParams;
      response: T.FriendsGetSuggestionsResponse;
      variants: [];
      responses: { "response": T.FriendsGetSuggestionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of friends matching the search criteria.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/friends.search
   */
  "friends.search": {
      params: T.FriendsSearchParams;
      response: T.FriendsSearchResponse;
      variants: [];
      responses: { "response": T.FriendsSearchResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of user gifts.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/gifts.get
   */
  "gifts.get": {
      params: T.GiftsGetParams;
      response: T.GiftsGetResponse;
      variants: [];
      responses: { "response": T.GiftsGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   * - 104 `api_error_not_found`: Not found
   * - 706 `api_error_group_too_many_addresses`: Too many addresses in club
   *
   * @see https://dev.vk.com/method/groups.addAddress
   */
  "groups.addAddress": {
      params: T.GroupsAddAddressParams;
      response: T.GroupsAddAddressResponse;
      variants: [];
      responses: { "response": T.GroupsAddAddressResponse };
      errors: ApiGlobalErrorCode | 260 | 104 | 706;
      tokens: "user" | "group";
    };
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 2000 `api_error_callback_api_servers_limit`: Servers number limit is reached
   *
   * @see https://dev.vk.com/method/groups.addCallbackServer
   */
  "groups.addCallbackServer": {
      params: T.GroupsAddCallbackServerParams;
      response: T.GroupsAddCallbackServerResponse;
      variants: [];
      responses: { "response": T.GroupsAddCallbackServerResponse };
      errors: ApiGlobalErrorCode | 2000;
      tokens: "user" | "group";
    };
  /**
   * Allows to add a link to the community.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.addLink
   */
  "groups.addLink": {
      params: T.GroupsAddLinkParams;
      response: T.GroupsAddLinkResponse;
      variants: [];
      responses: { "response": T.GroupsAddLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Allows to approve join request to the community.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/groups.approveRequest
   */
  "groups.approveRequest": {
      params: T.GroupsApproveRequestParams;
      response: T.GroupsApproveRequestResponse;
      variants: [];
      responses: { "response": T.GroupsApproveRequestResponse };
      errors: ApiGlobalErrorCode | 103;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.ban
   */
  "groups.ban": {
      params: T.GroupsBanParams;
      response: T.GroupsBanResponse;
      variants: [];
      responses: { "response": T.GroupsBanResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Creates a new community.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/groups.create
   */
  "groups.create": {
      params: T.GroupsCreateParams;
      response: T.GroupsCreateResponse;
      variants: [];
      responses: { "response": T.GroupsCreateResponse };
      errors: ApiGlobalErrorCode | 103;
      tokens: "user";
    };
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/groups.deleteAddress
   */
  "groups.deleteAddress": {
      params: T.GroupsDeleteAddressParams;
      response: T.GroupsDeleteAddressResponse;
      variants: [];
      responses: { "response": T.GroupsDeleteAddressResponse };
      errors: ApiGlobalErrorCode | 260 | 104;
      tokens: "user" | "group";
    };
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/groups.deleteCallbackServer
   */
  "groups.deleteCallbackServer": {
      params: T.GroupsDeleteCallbackServerParams;
      response: T.GroupsDeleteCallbackServerResponse;
      variants: [];
      responses: { "response": T.GroupsDeleteCallbackServerResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group";
    };
  /**
   * Allows to delete a link from the community.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.deleteLink
   */
  "groups.deleteLink": {
      params: T.GroupsDeleteLinkParams;
      response: T.GroupsDeleteLinkResponse;
      variants: [];
      responses: { "response": T.GroupsDeleteLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.disableOnline
   */
  "groups.disableOnline": {
      params: T.GroupsDisableOnlineParams;
      response: T.GroupsDisableOnlineResponse;
      variants: [];
      responses: { "response": T.GroupsDisableOnlineResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Edits a community.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1260 `api_error_invalid_address`: Invalid screen name
   *
   * @see https://dev.vk.com/method/groups.edit
   */
  "groups.edit": {
      params: T.GroupsEditParams;
      response: T.GroupsEditResponse;
      variants: [];
      responses: { "response": T.GroupsEditResponse };
      errors: ApiGlobalErrorCode | 1260;
      tokens: "user" | "group";
    };
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   * - 104 `api_error_not_found`: Not found
   * - 706 `api_error_group_too_many_addresses`: Too many addresses in club
   *
   * @see https://dev.vk.com/method/groups.editAddress
   */
  "groups.editAddress": {
      params: T.GroupsEditAddressParams;
      response: T.GroupsEditAddressResponse;
      variants: [];
      responses: { "response": T.GroupsEditAddressResponse };
      errors: ApiGlobalErrorCode | 260 | 104 | 706;
      tokens: "user" | "group";
    };
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/groups.editCallbackServer
   */
  "groups.editCallbackServer": {
      params: T.GroupsEditCallbackServerParams;
      response: T.GroupsEditCallbackServerResponse;
      variants: [];
      responses: { "response": T.GroupsEditCallbackServerResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group";
    };
  /**
   * Allows to edit a link in the community.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.editLink
   */
  "groups.editLink": {
      params: T.GroupsEditLinkParams;
      response: T.GroupsEditLinkResponse;
      variants: [];
      responses: { "response": T.GroupsEditLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/groups.editManager
   */
  "groups.editManager": {
      params: T.GroupsEditManagerParams;
      response: T.GroupsEditManagerResponse;
      variants: [];
      responses: { "response": T.GroupsEditManagerResponse };
      errors: ApiGlobalErrorCode | 700 | 701 | 702 | 703 | 704;
      tokens: "user";
    };
  /**
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.enableOnline
   */
  "groups.enableOnline": {
      params: T.GroupsEnableOnlineParams;
      response: T.GroupsEnableOnlineResponse;
      variants: [];
      responses: { "response": T.GroupsEnableOnlineResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns a list of the communities to which a user belongs.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   *
   * @see https://dev.vk.com/method/groups.get
   */
  "groups.get": {
      params: T.GroupsGetParams;
      response: T.GroupsGetResponse;
      variants: [[{ "extended": 1 | true }, T.GroupsGetExtendedResponse]];
      responses: { "response": T.GroupsGetResponse; "extendedResponse": T.GroupsGetExtendedResponse };
      errors: ApiGlobalErrorCode | 260;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of community addresses.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 125 `api_error_param_group_id`: Invalid group id
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   *
   * @see https://dev.vk.com/method/groups.getAddresses
   */
  "groups.getAddresses": {
      params: T.GroupsGetAddressesParams;
      response: T.GroupsGetAddressesResponse;
      variants: [];
      responses: { "response": T.GroupsGetAddressesResponse };
      errors: ApiGlobalErrorCode | 125 | 260;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of users on a community blacklist.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/groups.getBanned
   */
  "groups.getBanned": {
      params: T.GroupsGetBannedParams;
      response: T.GroupsGetBannedResponse;
      variants: [];
      responses: { "response": T.GroupsGetBannedResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group";
    };
  /**
   * Returns information about communities by their IDs.
   *
   * Token types: user, group, service.
   *
   * @see https://dev.vk.com/method/groups.getById
   */
  "groups.getById": {
      params: T.GroupsGetByIdParams;
      response: T.GroupsGetByIdResponse;
      variants: [];
      responses: { "response": T.GroupsGetByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  /**
   * Returns Callback API confirmation code for the community.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.getCallbackConfirmationCode
   */
  "groups.getCallbackConfirmationCode": {
      params: T.GroupsGetCallbackConfirmationCodeParams;
      response: T.GroupsGetCallbackConfirmationCodeResponse;
      variants: [];
      responses: { "response": T.GroupsGetCallbackConfirmationCodeResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.getCallbackServers
   */
  "groups.getCallbackServers": {
      params: T.GroupsGetCallbackServersParams;
      response: T.GroupsGetCallbackServersResponse;
      variants: [];
      responses: { "response": T.GroupsGetCallbackServersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns [vk.com/dev/callback_api|Callback API] notifications settings.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/groups.getCallbackSettings
   */
  "groups.getCallbackSettings": {
      params: T.GroupsGetCallbackSettingsParams;
      response: T.GroupsGetCallbackSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsGetCallbackSettingsResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group";
    };
  /**
   * Returns categories list for communities catalog
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.getCatalogInfo
   */
  "groups.getCatalogInfo": {
      params: T.GroupsGetCatalogInfoParams;
      response: T.GroupsGetCatalogInfoResponse;
      variants: [[{ "extended": 1 | true }, T.GroupsGetCatalogInfoExtendedResponse]];
      responses: { "response": T.GroupsGetCatalogInfoResponse; "extendedResponse": T.GroupsGetCatalogInfoExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns invited users list of a community
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.getInvitedUsers
   */
  "groups.getInvitedUsers": {
      params: T.GroupsGetInvitedUsersParams;
      response: T.GroupsGetInvitedUsersResponse;
      variants: [];
      responses: { "response": T.GroupsGetInvitedUsersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of invitations to join communities and events.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.getInvites
   */
  "groups.getInvites": {
      params: T.GroupsGetInvitesParams;
      response: T.GroupsGetInvitesResponse;
      variants: [[{ "extended": 1 | true }, T.GroupsGetInvitesExtendedResponse]];
      responses: { "response": T.GroupsGetInvitesResponse; "extendedResponse": T.GroupsGetInvitesExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns the data needed to query a Long Poll server for events
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.getLongPollServer
   */
  "groups.getLongPollServer": {
      params: T.GroupsGetLongPollServerParams;
      response: T.GroupsGetLongPollServerResponse;
      variants: [];
      responses: { "response": T.GroupsGetLongPollServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns Long Poll notification settings
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.getLongPollSettings
   */
  "groups.getLongPollSettings": {
      params: T.GroupsGetLongPollSettingsParams;
      response: T.GroupsGetLongPollSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsGetLongPollSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns a list of community members.
   *
   * Token types: user, group, service.
   *
   * Errors (besides the global ones):
   * - 125 `api_error_param_group_id`: Invalid group id
   *
   * @see https://dev.vk.com/method/groups.getMembers
   */
  "groups.getMembers": {
      params: T.GroupsGetMembersParams;
      response: T.GroupsGetMembersResponse;
      variants: [[{ "fields": {} }, T.GroupsGetMembersFieldsResponse], [{ "filter": "managers" }, T.GroupsGetMembersFilterResponse]];
      responses: { "response": T.GroupsGetMembersResponse; "fieldsResponse": T.GroupsGetMembersFieldsResponse; "filterResponse": T.GroupsGetMembersFilterResponse };
      errors: ApiGlobalErrorCode | 125;
      tokens: "user" | "group" | "service";
    };
  /**
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.getOnlineStatus
   */
  "groups.getOnlineStatus": {
      params: T.GroupsGetOnlineStatusParams;
      response: T.GroupsGetOnlineStatusResponse;
      variants: [];
      responses: { "response": T.GroupsGetOnlineStatusResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns a list of requests to the community.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.getRequests
   */
  "groups.getRequests": {
      params: T.GroupsGetRequestsParams;
      response: T.GroupsGetRequestsResponse;
      variants: [[{ "fields": {} }, T.GroupsGetRequestsFieldsResponse]];
      responses: { "response": T.GroupsGetRequestsResponse; "fieldsResponse": T.GroupsGetRequestsFieldsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns community settings.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.getSettings
   */
  "groups.getSettings": {
      params: T.GroupsGetSettingsParams;
      response: T.GroupsGetSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsGetSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * List of group's tags
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.getTagList
   */
  "groups.getTagList": {
      params: T.GroupsGetTagListParams;
      response: T.GroupsGetTagListResponse;
      variants: [];
      responses: { "response": T.GroupsGetTagListResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Token types: group.
   *
   * @see https://dev.vk.com/method/groups.getTokenPermissions
   */
  "groups.getTokenPermissions": {
      params: T.GroupsGetTokenPermissionsParams;
      response: T.GroupsGetTokenPermissionsResponse;
      variants: [];
      responses: { "response": T.GroupsGetTokenPermissionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "group";
    };
  /**
   * Allows to invite friends to the community.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/groups.invite
   */
  "groups.invite": {
      params: T.GroupsInviteParams;
      response: T.GroupsInviteResponse;
      variants: [[{ "user_ids_list": {} }, T.GroupsInviteUserIdsResponse]];
      responses: { "response": T.GroupsInviteResponse; "userIdsResponse": T.GroupsInviteUserIdsResponse };
      errors: ApiGlobalErrorCode | 103;
      tokens: "user";
    };
  /**
   * Returns information specifying whether a user is a member of a community.
   *
   * Token types: user, group, service.
   *
   * @see https://dev.vk.com/method/groups.isMember
   */
  "groups.isMember": {
      params: T.GroupsIsMemberParams;
      response: T.GroupsIsMemberResponse;
      variants: [[{ "user_ids": {}; "extended": 1 | true }, T.GroupsIsMemberUserIdsExtendedResponse], [{ "user_ids": {} }, T.GroupsIsMemberUserIdsResponse], [{ "extended": 1 | true }, T.GroupsIsMemberExtendedResponse]];
      responses: { "response": T.GroupsIsMemberResponse; "userIdsResponse": T.GroupsIsMemberUserIdsResponse; "extendedResponse": T.GroupsIsMemberExtendedResponse; "userIds_Extended_Response": T.GroupsIsMemberUserIdsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  /**
   * With this method you can join the group or public page, and also confirm your participation in an event.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   * - 714 `api_error_group_invite_links_not_valid`: Invite link is invalid - expired, deleted or not exists
   *
   * @see https://dev.vk.com/method/groups.join
   */
  "groups.join": {
      params: T.GroupsJoinParams;
      response: T.GroupsJoinResponse;
      variants: [];
      responses: { "response": T.GroupsJoinResponse };
      errors: ApiGlobalErrorCode | 103 | 714;
      tokens: "user";
    };
  /**
   * With this method you can leave a group, public page, or event.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.leave
   */
  "groups.leave": {
      params: T.GroupsLeaveParams;
      response: T.GroupsLeaveResponse;
      variants: [];
      responses: { "response": T.GroupsLeaveResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Removes a user from the community.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.removeUser
   */
  "groups.removeUser": {
      params: T.GroupsRemoveUserParams;
      response: T.GroupsRemoveUserResponse;
      variants: [];
      responses: { "response": T.GroupsRemoveUserResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Allows to reorder links in the community.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.reorderLink
   */
  "groups.reorderLink": {
      params: T.GroupsReorderLinkParams;
      response: T.GroupsReorderLinkResponse;
      variants: [];
      responses: { "response": T.GroupsReorderLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of communities matching the search criteria.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.search
   */
  "groups.search": {
      params: T.GroupsSearchParams;
      response: T.GroupsSearchResponse;
      variants: [];
      responses: { "response": T.GroupsSearchResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Allow to set notifications settings for group.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/groups.setCallbackSettings
   */
  "groups.setCallbackSettings": {
      params: T.GroupsSetCallbackSettingsParams;
      response: T.GroupsSetCallbackSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsSetCallbackSettingsResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group";
    };
  /**
   * Sets Long Poll notification settings
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.setLongPollSettings
   */
  "groups.setLongPollSettings": {
      params: T.GroupsSetLongPollSettingsParams;
      response: T.GroupsSetLongPollSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsSetLongPollSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.setSettings
   */
  "groups.setSettings": {
      params: T.GroupsSetSettingsParams;
      response: T.GroupsSetSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsSetSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * In order to save note about group participant
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.setUserNote
   */
  "groups.setUserNote": {
      params: T.GroupsSetUserNoteParams;
      response: T.GroupsSetUserNoteResponse;
      variants: [];
      responses: { "response": T.GroupsSetUserNoteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Add new group's tag
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.tagAdd
   */
  "groups.tagAdd": {
      params: T.GroupsTagAddParams;
      response: T.GroupsTagAddResponse;
      variants: [];
      responses: { "response": T.GroupsTagAddResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Bind or unbind group's tag to user
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.tagBind
   */
  "groups.tagBind": {
      params: T.GroupsTagBindParams;
      response: T.GroupsTagBindResponse;
      variants: [];
      responses: { "response": T.GroupsTagBindResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Delete group's tag
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.tagDelete
   */
  "groups.tagDelete": {
      params: T.GroupsTagDeleteParams;
      response: T.GroupsTagDeleteResponse;
      variants: [];
      responses: { "response": T.GroupsTagDeleteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Update group's tag
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/groups.tagUpdate
   */
  "groups.tagUpdate": {
      params: T.GroupsTagUpdateParams;
      response: T.GroupsTagUpdateResponse;
      variants: [];
      responses: { "response": T.GroupsTagUpdateResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1431 `api_error_market_shop_already_enabled`: Market was already enabled in this group
   * - 1432 `api_error_market_shop_already_disabled`: Market was already disabled in this group
   *
   * @see https://dev.vk.com/method/groups.toggleMarket
   */
  "groups.toggleMarket": {
      params: T.GroupsToggleMarketParams;
      response: T.GroupsToggleMarketResponse;
      variants: [];
      responses: { "response": T.GroupsToggleMarketResponse };
      errors: ApiGlobalErrorCode | 1431 | 1432;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/groups.unban
   */
  "groups.unban": {
      params: T.GroupsUnbanParams;
      response: T.GroupsUnbanResponse;
      variants: [];
      responses: { "response": T.GroupsUnbanResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/leadForms.create
   */
  "leadForms.create": {
      params: T.LeadFormsCreateParams;
      response: T.LeadFormsCreateResponse;
      variants: [];
      responses: { "response": T.LeadFormsCreateResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/leadForms.delete
   */
  "leadForms.delete": {
      params: T.LeadFormsDeleteParams;
      response: T.LeadFormsDeleteResponse;
      variants: [];
      responses: { "response": T.LeadFormsDeleteResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/leadForms.get
   */
  "leadForms.get": {
      params: T.LeadFormsGetParams;
      response: T.LeadFormsGetResponse;
      variants: [];
      responses: { "response": T.LeadFormsGetResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/leadForms.getLeads
   */
  "leadForms.getLeads": {
      params: T.LeadFormsGetLeadsParams;
      response: T.LeadFormsGetLeadsResponse;
      variants: [];
      responses: { "response": T.LeadFormsGetLeadsResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/leadForms.getUploadURL
   */
  "leadForms.getUploadURL": {
      params: T.LeadFormsGetUploadURLParams;
      response: T.LeadFormsGetUploadURLResponse;
      variants: [];
      responses: { "response": T.LeadFormsGetUploadURLResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/leadForms.list
   */
  "leadForms.list": {
      params: T.LeadFormsListParams;
      response: T.LeadFormsListResponse;
      variants: [];
      responses: { "response": T.LeadFormsListResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/leadForms.update
   */
  "leadForms.update": {
      params: T.LeadFormsUpdateParams;
      response: T.LeadFormsUpdateResponse;
      variants: [];
      responses: { "response": T.LeadFormsUpdateResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  /**
   * Adds the specified object to the 'Likes' list of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 232 `api_error_likes_reaction_can_not_be_applied`: Reaction can not be applied to the object
   *
   * @see https://dev.vk.com/method/likes.add
   */
  "likes.add": {
      params: T.LikesAddParams;
      response: T.LikesAddResponse;
      variants: [];
      responses: { "response": T.LikesAddResponse };
      errors: ApiGlobalErrorCode | 232;
      tokens: "user";
    };
  /**
   * Deletes the specified object from the 'Likes' list of the current user.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/likes.delete
   */
  "likes.delete": {
      params: T.LikesDeleteParams;
      response: T.LikesDeleteResponse;
      variants: [];
      responses: { "response": T.LikesDeleteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of IDs of users who added the specified object to their 'Likes' list.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 232 `api_error_likes_reaction_can_not_be_applied`: Reaction can not be applied to the object
   *
   * @see https://dev.vk.com/method/likes.getList
   */
  "likes.getList": {
      params: T.LikesGetListParams;
      response: T.LikesGetListResponse;
      variants: [[{ "extended": 1 | true }, T.LikesGetListExtendedResponse]];
      responses: { "response": T.LikesGetListResponse; "extendedResponse": T.LikesGetListExtendedResponse };
      errors: ApiGlobalErrorCode | 232;
      tokens: "user" | "service";
    };
  /**
   * Checks for the object in the 'Likes' list of the specified user.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/likes.isLiked
   */
  "likes.isLiked": {
      params: T.LikesIsLikedParams;
      response: T.LikesIsLikedResponse;
      variants: [];
      responses: { "response": T.LikesIsLikedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.add
   */
  "market.add": {
      params: T.MarketAddParams;
      response: T.MarketAddResponse;
      variants: [];
      responses: { "response": T.MarketAddResponse };
      errors: ApiGlobalErrorCode | 205 | 1405 | 1408 | 1416 | 1417 | 1426 | 1425 | 1433 | 1434 | 1435 | 1438 | 1406;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.addAlbum
   */
  "market.addAlbum": {
      params: T.MarketAddAlbumParams;
      response: T.MarketAddAlbumResponse;
      variants: [];
      responses: { "response": T.MarketAddAlbumResponse };
      errors: ApiGlobalErrorCode | 1407 | 1438 | 1446;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.addProperty
   */
  "market.addProperty": {
      params: T.MarketAddPropertyParams;
      response: T.MarketAddPropertyResponse;
      variants: [];
      responses: { "response": T.MarketAddPropertyResponse };
      errors: ApiGlobalErrorCode | 1411 | 1421 | 1424 | 1418 | 1410 | 1438;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.addPropertyVariant
   */
  "market.addPropertyVariant": {
      params: T.MarketAddPropertyVariantParams;
      response: T.MarketAddPropertyVariantResponse;
      variants: [];
      responses: { "response": T.MarketAddPropertyVariantResponse };
      errors: ApiGlobalErrorCode | 1411 | 1409 | 1423 | 1419 | 1417 | 1438;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.addToAlbum
   */
  "market.addToAlbum": {
      params: T.MarketAddToAlbumParams;
      response: T.MarketAddToAlbumBaseResponse;
      variants: [];
      responses: { "baseResponse": T.MarketAddToAlbumBaseResponse };
      errors: ApiGlobalErrorCode | 1402 | 1438 | 1403 | 1406 | 1404;
      tokens: "user";
    };
  /**
   * Creates a new comment for an item.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.createComment
   */
  "market.createComment": {
      params: T.MarketCreateCommentParams;
      response: T.MarketCreateCommentResponse;
      variants: [];
      responses: { "response": T.MarketCreateCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.delete
   */
  "market.delete": {
      params: T.MarketDeleteParams;
      response: T.MarketDeleteResponse;
      variants: [];
      responses: { "response": T.MarketDeleteResponse };
      errors: ApiGlobalErrorCode | 205 | 1438 | 1403;
      tokens: "user";
    };
  /**
   * Deletes a collection of items.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1402 `api_error_market_album_not_found`: Album not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * @see https://dev.vk.com/method/market.deleteAlbum
   */
  "market.deleteAlbum": {
      params: T.MarketDeleteAlbumParams;
      response: T.MarketDeleteAlbumResponse;
      variants: [];
      responses: { "response": T.MarketDeleteAlbumResponse };
      errors: ApiGlobalErrorCode | 1402 | 1438;
      tokens: "user";
    };
  /**
   * Deletes an item's comment
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.deleteComment
   */
  "market.deleteComment": {
      params: T.MarketDeleteCommentParams;
      response: T.MarketDeleteCommentResponse;
      variants: [];
      responses: { "response": T.MarketDeleteCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1417 `api_error_market_property_not_found`: Property not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * @see https://dev.vk.com/method/market.deleteProperty
   */
  "market.deleteProperty": {
      params: T.MarketDeletePropertyParams;
      response: T.MarketDeletePropertyResponse;
      variants: [];
      responses: { "response": T.MarketDeletePropertyResponse };
      errors: ApiGlobalErrorCode | 1411 | 1409 | 1417 | 1438;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.deletePropertyVariant
   */
  "market.deletePropertyVariant": {
      params: T.MarketDeletePropertyVariantParams;
      response: T.MarketDeletePropertyVariantResponse;
      variants: [];
      responses: { "response": T.MarketDeletePropertyVariantResponse };
      errors: ApiGlobalErrorCode | 1411 | 1409 | 1417 | 1416 | 1438;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.edit
   */
  "market.edit": {
      params: T.MarketEditParams;
      response: T.MarketEditResponse;
      variants: [];
      responses: { "response": T.MarketEditResponse };
      errors: ApiGlobalErrorCode | 205 | 1403 | 1408 | 1412 | 1413 | 1433 | 1434 | 1435 | 1438;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.editAlbum
   */
  "market.editAlbum": {
      params: T.MarketEditAlbumParams;
      response: T.MarketEditAlbumResponse;
      variants: [];
      responses: { "response": T.MarketEditAlbumResponse };
      errors: ApiGlobalErrorCode | 1402 | 1438 | 1446 | 1457 | 1458;
      tokens: "user";
    };
  /**
   * Chages item comment's text
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.editComment
   */
  "market.editComment": {
      params: T.MarketEditCommentParams;
      response: T.MarketEditCommentResponse;
      variants: [];
      responses: { "response": T.MarketEditCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.editOrder
   */
  "market.editOrder": {
      params: T.MarketEditOrderParams;
      response: T.MarketEditOrderResponse;
      variants: [];
      responses: { "response": T.MarketEditOrderResponse };
      errors: ApiGlobalErrorCode | 1427 | 1429 | 1430 | 1456;
      tokens: "user" | "group";
    };
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
   * @see https://dev.vk.com/method/market.editProperty
   */
  "market.editProperty": {
      params: T.MarketEditPropertyParams;
      response: T.MarketEditPropertyResponse;
      variants: [];
      responses: { "response": T.MarketEditPropertyResponse };
      errors: ApiGlobalErrorCode | 1411 | 1421 | 1424 | 1438;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.editPropertyVariant
   */
  "market.editPropertyVariant": {
      params: T.MarketEditPropertyVariantParams;
      response: T.MarketEditPropertyVariantResponse;
      variants: [];
      responses: { "response": T.MarketEditPropertyVariantResponse };
      errors: ApiGlobalErrorCode | 1411 | 1409 | 1421 | 1423 | 1416 | 1438;
      tokens: "user";
    };
  /**
   * Returns a filter list of market categories.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.filterCategories
   */
  "market.filterCategories": {
      params: T.MarketFilterCategoriesParams;
      response: T.MarketFilterCategoriesResponse;
      variants: [];
      responses: { "response": T.MarketFilterCategoriesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns items list for a community.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.get
   */
  "market.get": {
      params: T.MarketGetParams;
      response: T.MarketGetResponse;
      variants: [[{ "extended": 1 | true }, T.MarketGetExtendedResponse]];
      responses: { "response": T.MarketGetResponse; "extendedResponse": T.MarketGetExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns items album's data
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.getAlbumById
   */
  "market.getAlbumById": {
      params: T.MarketGetAlbumByIdParams;
      response: T.MarketGetAlbumByIdResponse;
      variants: [];
      responses: { "response": T.MarketGetAlbumByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns community's market collections list.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.getAlbums
   */
  "market.getAlbums": {
      params: T.MarketGetAlbumsParams;
      response: T.MarketGetAlbumsResponse;
      variants: [];
      responses: { "response": T.MarketGetAlbumsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns information about market items by their ids.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1525 `api_error_market_disabled`: Market is disabled
   * - 1526 `api_error_market_services_disabled`: Market services are disabled
   *
   * @see https://dev.vk.com/method/market.getById
   */
  "market.getById": {
      params: T.MarketGetByIdParams;
      response: T.MarketGetByIdResponse;
      variants: [[{ "extended": 1 | true }, T.MarketGetByIdExtendedResponse]];
      responses: { "response": T.MarketGetByIdResponse; "extendedResponse": T.MarketGetByIdExtendedResponse };
      errors: ApiGlobalErrorCode | 1525 | 1526;
      tokens: "user";
    };
  /**
   * Returns a list of market categories.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.getCategories
   */
  "market.getCategories": {
      params: T.MarketGetCategoriesParams;
      response: T.MarketGetCategoriesResponse;
      variants: [];
      responses: { "response": T.MarketGetCategoriesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns comments list for an item.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1401 `api_error_market_comments_closed`: Comments for this market are closed
   *
   * @see https://dev.vk.com/method/market.getComments
   */
  "market.getComments": {
      params: T.MarketGetCommentsParams;
      response: T.MarketGetCommentsResponse;
      variants: [];
      responses: { "response": T.MarketGetCommentsResponse };
      errors: ApiGlobalErrorCode | 1401;
      tokens: "user";
    };
  /**
   * Get market orders
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1456 `api_error_market_orders_invalid_status`: Order status is invalid
   *
   * @see https://dev.vk.com/method/market.getGroupOrders
   */
  "market.getGroupOrders": {
      params: T.MarketGetGroupOrdersParams;
      response: T.MarketGetGroupOrdersResponse;
      variants: [];
      responses: { "response": T.MarketGetGroupOrdersResponse };
      errors: ApiGlobalErrorCode | 1409 | 1456;
      tokens: "user" | "group";
    };
  /**
   * Get order
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1436 `api_error_market_orders_order_not_found`: Order not found
   *
   * @see https://dev.vk.com/method/market.getOrderById
   */
  "market.getOrderById": {
      params: T.MarketGetOrderByIdParams;
      response: T.MarketGetOrderByIdResponse;
      variants: [];
      responses: { "response": T.MarketGetOrderByIdResponse };
      errors: ApiGlobalErrorCode | 1436;
      tokens: "user" | "group";
    };
  /**
   * Get market items in the order
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/market.getOrderItems
   */
  "market.getOrderItems": {
      params: T.MarketGetOrderItemsParams;
      response: T.MarketGetOrderItemsResponse;
      variants: [];
      responses: { "response": T.MarketGetOrderItemsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.getOrders
   */
  "market.getOrders": {
      params: T.MarketGetOrdersParams;
      response: T.MarketGetOrdersResponse;
      variants: [[{ "extended": 1 | true }, T.MarketGetOrdersExtendedResponse]];
      responses: { "response": T.MarketGetOrdersResponse; "extendedResponse": T.MarketGetOrdersExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns the server address for market photo upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * @see https://dev.vk.com/method/market.getProductPhotoUploadServer
   */
  "market.getProductPhotoUploadServer": {
      params: T.MarketGetProductPhotoUploadServerParams;
      response: T.MarketGetProductPhotoUploadServerResponse;
      variants: [];
      responses: { "response": T.MarketGetProductPhotoUploadServerResponse };
      errors: ApiGlobalErrorCode | 1438;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.getProperties
   */
  "market.getProperties": {
      params: T.MarketGetPropertiesParams;
      response: T.MarketGetPropertiesResponse;
      variants: [];
      responses: { "response": T.MarketGetPropertiesResponse };
      errors: ApiGlobalErrorCode | 1438 | 1411 | 1410 | 1409;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.groupItems
   */
  "market.groupItems": {
      params: T.MarketGroupItemsParams;
      response: T.MarketGroupItemsResponse;
      variants: [];
      responses: { "response": T.MarketGroupItemsResponse };
      errors: ApiGlobalErrorCode | 1409 | 1403 | 1411 | 1412 | 1413 | 1414 | 1415 | 1416 | 1410 | 1417 | 1425 | 1426 | 1438;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.removeFromAlbum
   */
  "market.removeFromAlbum": {
      params: T.MarketRemoveFromAlbumParams;
      response: T.MarketRemoveFromAlbumResponse;
      variants: [];
      responses: { "response": T.MarketRemoveFromAlbumResponse };
      errors: ApiGlobalErrorCode | 1402 | 1403 | 1438;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.reorderAlbums
   */
  "market.reorderAlbums": {
      params: T.MarketReorderAlbumsParams;
      response: T.MarketReorderAlbumsResponse;
      variants: [];
      responses: { "response": T.MarketReorderAlbumsResponse };
      errors: ApiGlobalErrorCode | 205 | 1402 | 1438;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.reorderItems
   */
  "market.reorderItems": {
      params: T.MarketReorderItemsParams;
      response: T.MarketReorderItemsResponse;
      variants: [];
      responses: { "response": T.MarketReorderItemsResponse };
      errors: ApiGlobalErrorCode | 205 | 1402 | 1403 | 1438;
      tokens: "user";
    };
  /**
   * Sends a complaint to the item.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.report
   */
  "market.report": {
      params: T.MarketReportParams;
      response: T.MarketReportResponse;
      variants: [];
      responses: { "response": T.MarketReportResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Sends a complaint to the item's comment.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.reportComment
   */
  "market.reportComment": {
      params: T.MarketReportCommentParams;
      response: T.MarketReportCommentResponse;
      variants: [];
      responses: { "response": T.MarketReportCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/market.restore
   */
  "market.restore": {
      params: T.MarketRestoreParams;
      response: T.MarketRestoreResponse;
      variants: [];
      responses: { "response": T.MarketRestoreResponse };
      errors: ApiGlobalErrorCode | 205 | 1400 | 1438 | 1403 | 1518;
      tokens: "user";
    };
  /**
   * Restores a recently deleted comment
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.restoreComment
   */
  "market.restoreComment": {
      params: T.MarketRestoreCommentParams;
      response: T.MarketRestoreCommentResponse;
      variants: [];
      responses: { "response": T.MarketRestoreCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Save market photo after upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * @see https://dev.vk.com/method/market.saveProductPhoto
   */
  "market.saveProductPhoto": {
      params: T.MarketSaveProductPhotoParams;
      response: T.MarketSaveProductPhotoResponse;
      variants: [];
      responses: { "response": T.MarketSaveProductPhotoResponse };
      errors: ApiGlobalErrorCode | 1438;
      tokens: "user";
    };
  /**
   * Bulk save market photo after upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * @see https://dev.vk.com/method/market.saveProductPhotoBulk
   */
  "market.saveProductPhotoBulk": {
      params: T.MarketSaveProductPhotoBulkParams;
      response: T.MarketSaveProductPhotoBulkResponse;
      variants: [];
      responses: { "response": T.MarketSaveProductPhotoBulkResponse };
      errors: ApiGlobalErrorCode | 1438;
      tokens: "user";
    };
  /**
   * Searches market items in a community's catalog
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.search
   */
  "market.search": {
      params: T.MarketSearchParams;
      response: T.MarketSearchResponse;
      variants: [[{ "extended": 1 | true }, T.MarketSearchExtendedResponse]];
      responses: { "response": T.MarketSearchResponse; "extendedResponse": T.MarketSearchExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.searchItems
   */
  "market.searchItems": {
      params: T.MarketSearchItemsParams;
      response: T.MarketSearchItemsResponse;
      variants: [];
      responses: { "response": T.MarketSearchItemsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/market.searchItemsBasic
   */
  "market.searchItemsBasic": {
      params: T.MarketSearchItemsBasicParams;
      response: T.MarketSearchItemsBasicResponse;
      variants: [];
      responses: { "response": T.MarketSearchItemsBasicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * @see https://dev.vk.com/method/market.ungroupItems
   */
  "market.ungroupItems": {
      params: T.MarketUngroupItemsParams;
      response: T.MarketUngroupItemsResponse;
      variants: [];
      responses: { "response": T.MarketUngroupItemsResponse };
      errors: ApiGlobalErrorCode | 1409 | 1411 | 1438;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/messages.addChatUser
   */
  "messages.addChatUser": {
      params: T.MessagesAddChatUserParams;
      response: T.MessagesAddChatUserResponse;
      variants: [];
      responses: { "response": T.MessagesAddChatUserResponse };
      errors: ApiGlobalErrorCode | 103 | 925 | 939 | 936 | 945 | 947 | 946 | 932;
      tokens: "user";
    };
  /**
   * Adds new users to a chat.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/messages.addChatUsers
   */
  "messages.addChatUsers": {
      params: T.MessagesAddChatUsersParams;
      response: T.MessagesAddChatUsersResponse;
      variants: [];
      responses: { "response": T.MessagesAddChatUsersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Allows sending messages from community to the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 943 `api_error_messages_intent_cant_use`: Cannot use this intent
   *
   * @see https://dev.vk.com/method/messages.allowMessagesFromGroup
   */
  "messages.allowMessagesFromGroup": {
      params: T.MessagesAllowMessagesFromGroupParams;
      response: T.MessagesAllowMessagesFromGroupResponse;
      variants: [];
      responses: { "response": T.MessagesAllowMessagesFromGroupResponse };
      errors: ApiGlobalErrorCode | 943;
      tokens: "user";
    };
  /**
   * Creates a chat with several participants.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   *
   * @see https://dev.vk.com/method/messages.createChat
   */
  "messages.createChat": {
      params: T.MessagesCreateChatParams;
      response: T.MessagesCreateChatResponse;
      variants: [];
      responses: { "response": T.MessagesCreateChatResponse };
      errors: ApiGlobalErrorCode | 936;
      tokens: "user" | "group";
    };
  /**
   * Deletes one or more messages.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 924 `api_error_messages_cant_delete_for_all`: Can't delete this message for everybody
   *
   * @see https://dev.vk.com/method/messages.delete
   */
  "messages.delete": {
      params: T.MessagesDeleteParams;
      response: T.MessagesDeleteResponse;
      variants: [];
      responses: { "response": T.MessagesDeleteResponse };
      errors: ApiGlobalErrorCode | 924;
      tokens: "user" | "group";
    };
  /**
   * Deletes a chat's cover picture.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   *
   * @see https://dev.vk.com/method/messages.deleteChatPhoto
   */
  "messages.deleteChatPhoto": {
      params: T.MessagesDeleteChatPhotoParams;
      response: T.MessagesDeleteChatPhotoResponse;
      variants: [];
      responses: { "response": T.MessagesDeleteChatPhotoResponse };
      errors: ApiGlobalErrorCode | 925 | 945;
      tokens: "user" | "group";
    };
  /**
   * Deletes all private messages in a conversation.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   *
   * @see https://dev.vk.com/method/messages.deleteConversation
   */
  "messages.deleteConversation": {
      params: T.MessagesDeleteConversationParams;
      response: T.MessagesDeleteConversationResponse;
      variants: [];
      responses: { "response": T.MessagesDeleteConversationResponse };
      errors: ApiGlobalErrorCode | 936;
      tokens: "user" | "group";
    };
  /**
   * Delete message reaction
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/messages.deleteReaction
   */
  "messages.deleteReaction": {
      params: T.MessagesDeleteReactionParams;
      response: T.MessagesDeleteReactionResponse;
      variants: [];
      responses: { "response": T.MessagesDeleteReactionResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Denies sending message from community to the current user.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/messages.denyMessagesFromGroup
   */
  "messages.denyMessagesFromGroup": {
      params: T.MessagesDenyMessagesFromGroupParams;
      response: T.MessagesDenyMessagesFromGroupResponse;
      variants: [];
      responses: { "response": T.MessagesDenyMessagesFromGroupResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/messages.edit
   */
  "messages.edit": {
      params: T.MessagesEditParams;
      response: T.MessagesEditResponse;
      variants: [];
      responses: { "response": T.MessagesEditResponse };
      errors: ApiGlobalErrorCode | 901 | 909 | 910 | 920 | 914 | 917 | 911 | 940 | 946 | 912 | 949;
      tokens: "user" | "group";
    };
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
   * @see https://dev.vk.com/method/messages.editChat
   */
  "messages.editChat": {
      params: T.MessagesEditChatParams;
      response: T.MessagesEditChatResponse;
      variants: [];
      responses: { "response": T.MessagesEditChatResponse };
      errors: ApiGlobalErrorCode | 925 | 945 | 946;
      tokens: "user" | "group";
    };
  /**
   * Returns messages by their IDs within the conversation.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/messages.getByConversationMessageId
   */
  "messages.getByConversationMessageId": {
      params: T.MessagesGetByConversationMessageIdParams;
      response: T.MessagesGetByConversationMessageIdResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesGetByConversationMessageIdExtendedResponse]];
      responses: { "response": T.MessagesGetByConversationMessageIdResponse; "extendedResponse": T.MessagesGetByConversationMessageIdExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns messages by their IDs.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/messages.getById
   */
  "messages.getById": {
      params: T.MessagesGetByIdParams;
      response: T.MessagesGetByIdResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesGetByIdExtendedResponse]];
      responses: { "response": T.MessagesGetByIdResponse; "extendedResponse": T.MessagesGetByIdExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
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
   * @see https://dev.vk.com/method/messages.getChat
   */
  "messages.getChat": {
      params: T.MessagesGetChatParams;
      response: T.MessagesGetChatResponse;
      variants: [[{ "chat_ids": {}; "fields": {} }, T.MessagesGetChatChatIdsFieldsResponse], [{ "chat_ids": {} }, T.MessagesGetChatChatIdsResponse], [{ "fields": {} }, T.MessagesGetChatFieldsResponse]];
      responses: { "response": T.MessagesGetChatResponse; "fieldsResponse": T.MessagesGetChatFieldsResponse; "chatIdsResponse": T.MessagesGetChatChatIdsResponse; "chatIds_Fields_Response": T.MessagesGetChatChatIdsFieldsResponse };
      errors: ApiGlobalErrorCode | 945 | 946 | 1012 | 925;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 901 `api_error_messages_deny_send`: Can't send messages for users without permission
   *
   * @see https://dev.vk.com/method/messages.getChatPreview
   */
  "messages.getChatPreview": {
      params: T.MessagesGetChatPreviewParams;
      response: T.MessagesGetChatPreviewResponse;
      variants: [];
      responses: { "response": T.MessagesGetChatPreviewResponse };
      errors: ApiGlobalErrorCode | 917 | 901;
      tokens: "user";
    };
  /**
   * Returns a list of IDs of users participating in a chat.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   *
   * @see https://dev.vk.com/method/messages.getConversationMembers
   */
  "messages.getConversationMembers": {
      params: T.MessagesGetConversationMembersParams;
      response: T.MessagesGetConversationMembersResponse;
      variants: [];
      responses: { "response": T.MessagesGetConversationMembersResponse };
      errors: ApiGlobalErrorCode | 917 | 927;
      tokens: "user" | "group";
    };
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
   * @see https://dev.vk.com/method/messages.getConversations
   */
  "messages.getConversations": {
      params: T.MessagesGetConversationsParams;
      response: T.MessagesGetConversationsResponse;
      variants: [];
      responses: { "response": T.MessagesGetConversationsResponse };
      errors: ApiGlobalErrorCode | 927 | 936 | 917;
      tokens: "user" | "group";
    };
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
   * @see https://dev.vk.com/method/messages.getConversationsById
   */
  "messages.getConversationsById": {
      params: T.MessagesGetConversationsByIdParams;
      response: T.MessagesGetConversationsByIdResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesGetConversationsByIdExtendedResponse]];
      responses: { "response": T.MessagesGetConversationsByIdResponse; "extendedResponse": T.MessagesGetConversationsByIdExtendedResponse };
      errors: ApiGlobalErrorCode | 927 | 917 | 936;
      tokens: "user" | "group";
    };
  /**
   * Returns message history for the specified user or group chat.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   *
   * @see https://dev.vk.com/method/messages.getHistory
   */
  "messages.getHistory": {
      params: T.MessagesGetHistoryParams;
      response: T.MessagesGetHistoryResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesGetHistoryExtendedResponse]];
      responses: { "response": T.MessagesGetHistoryResponse; "extendedResponse": T.MessagesGetHistoryExtendedResponse };
      errors: ApiGlobalErrorCode | 936 | 927;
      tokens: "user" | "group";
    };
  /**
   * Returns media files from the dialog or group chat.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/messages.getHistoryAttachments
   */
  "messages.getHistoryAttachments": {
      params: T.MessagesGetHistoryAttachmentsParams;
      response: T.MessagesGetHistoryAttachmentsResponse;
      variants: [];
      responses: { "response": T.MessagesGetHistoryAttachmentsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns a list of user's important messages.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/messages.getImportantMessages
   */
  "messages.getImportantMessages": {
      params: T.MessagesGetImportantMessagesParams;
      response: T.MessagesGetImportantMessagesResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesGetImportantMessagesExtendedResponse]];
      responses: { "response": T.MessagesGetImportantMessagesResponse; "extendedResponse": T.MessagesGetImportantMessagesExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Token types: group.
   *
   * Errors (besides the global ones):
   * - 943 `api_error_messages_intent_cant_use`: Cannot use this intent
   *
   * @see https://dev.vk.com/method/messages.getIntentUsers
   */
  "messages.getIntentUsers": {
      params: T.MessagesGetIntentUsersParams;
      response: T.MessagesGetIntentUsersResponse;
      variants: [];
      responses: { "response": T.MessagesGetIntentUsersResponse };
      errors: ApiGlobalErrorCode | 943;
      tokens: "group";
    };
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 919 `api_error_messages_cant_see_invite_link`: You can't see invite link for this chat
   * - 931 `api_error_messages_cant_change_invite_link`: You can't change invite link for this chat
   *
   * @see https://dev.vk.com/method/messages.getInviteLink
   */
  "messages.getInviteLink": {
      params: T.MessagesGetInviteLinkParams;
      response: T.MessagesGetInviteLinkResponse | T.MessagesGetInviteLinkResponseByOwner;
      variants: [];
      responses: { "response": T.MessagesGetInviteLinkResponse; "responseByOwner": T.MessagesGetInviteLinkResponseByOwner };
      errors: ApiGlobalErrorCode | 919 | 931;
      tokens: "user" | "group";
    };
  /**
   * Returns a user's current status and date of last activity.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/messages.getLastActivity
   */
  "messages.getLastActivity": {
      params: T.MessagesGetLastActivityParams;
      response: T.MessagesGetLastActivityResponse;
      variants: [];
      responses: { "response": T.MessagesGetLastActivityResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/messages.getLongPollHistory
   */
  "messages.getLongPollHistory": {
      params: T.MessagesGetLongPollHistoryParams;
      response: T.MessagesGetLongPollHistoryResponse;
      variants: [];
      responses: { "response": T.MessagesGetLongPollHistoryResponse };
      errors: ApiGlobalErrorCode | 907 | 908 | 36 | 927 | 990;
      tokens: "user" | "group";
    };
  /**
   * Returns data required for connection to a Long Poll server.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/messages.getLongPollServer
   */
  "messages.getLongPollServer": {
      params: T.MessagesGetLongPollServerParams;
      response: T.MessagesGetLongPollServerResponse;
      variants: [];
      responses: { "response": T.MessagesGetLongPollServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Get reaction counters for message
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/messages.getMessagesReactions
   */
  "messages.getMessagesReactions": {
      params: T.MessagesGetMessagesReactionsParams;
      response: T.MessagesGetMessagesReactionsResponse;
      variants: [];
      responses: { "response": T.MessagesGetMessagesReactionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Get reacted users and counters for message
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1009 `api_error_messages_invalid_reaction_id`: Unknown reaction passed
   *
   * @see https://dev.vk.com/method/messages.getReactedPeers
   */
  "messages.getReactedPeers": {
      params: T.MessagesGetReactedPeersParams;
      response: T.MessagesGetReactedPeersResponse;
      variants: [];
      responses: { "response": T.MessagesGetReactedPeersResponse };
      errors: ApiGlobalErrorCode | 1009;
      tokens: "user" | "group";
    };
  /**
   * Get assets to display message reactions
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/messages.getReactionsAssets
   */
  "messages.getReactionsAssets": {
      params: T.MessagesGetReactionsAssetsParams;
      response: T.MessagesGetReactionsAssetsResponse;
      variants: [];
      responses: { "response": T.MessagesGetReactionsAssetsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns information whether sending messages from the community to current user is allowed.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 943 `api_error_messages_intent_cant_use`: Cannot use this intent
   *
   * @see https://dev.vk.com/method/messages.isMessagesFromGroupAllowed
   */
  "messages.isMessagesFromGroupAllowed": {
      params: T.MessagesIsMessagesFromGroupAllowedParams;
      response: T.MessagesIsMessagesFromGroupAllowedResponse;
      variants: [];
      responses: { "response": T.MessagesIsMessagesFromGroupAllowedResponse };
      errors: ApiGlobalErrorCode | 943;
      tokens: "user" | "group";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/messages.joinChatByInviteLink
   */
  "messages.joinChatByInviteLink": {
      params: T.MessagesJoinChatByInviteLinkParams;
      response: T.MessagesJoinChatByInviteLinkResponse;
      variants: [];
      responses: { "response": T.MessagesJoinChatByInviteLinkResponse };
      errors: ApiGlobalErrorCode | 917 | 103;
      tokens: "user";
    };
  /**
   * Marks and unmarks conversations as unanswered.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/messages.markAsAnsweredConversation
   */
  "messages.markAsAnsweredConversation": {
      params: T.MessagesMarkAsAnsweredConversationParams;
      response: T.MessagesMarkAsAnsweredConversationResponse;
      variants: [];
      responses: { "response": T.MessagesMarkAsAnsweredConversationResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Marks and unmarks messages as important (starred).
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/messages.markAsImportant
   */
  "messages.markAsImportant": {
      params: T.MessagesMarkAsImportantParams;
      response: T.MessagesMarkAsImportantResponse;
      variants: [];
      responses: { "response": T.MessagesMarkAsImportantResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Marks and unmarks conversations as important.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/messages.markAsImportantConversation
   */
  "messages.markAsImportantConversation": {
      params: T.MessagesMarkAsImportantConversationParams;
      response: T.MessagesMarkAsImportantConversationResponse;
      variants: [];
      responses: { "response": T.MessagesMarkAsImportantConversationResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Marks messages as read.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/messages.markAsRead
   */
  "messages.markAsRead": {
      params: T.MessagesMarkAsReadParams;
      response: T.MessagesMarkAsReadResponse;
      variants: [];
      responses: { "response": T.MessagesMarkAsReadResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Mark messages reactions as read
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/messages.markReactionsAsRead
   */
  "messages.markReactionsAsRead": {
      params: T.MessagesMarkReactionsAsReadParams;
      response: T.MessagesMarkReactionsAsReadResponse;
      variants: [];
      responses: { "response": T.MessagesMarkReactionsAsReadResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/messages.muteChatMentions
   */
  "messages.muteChatMentions": {
      params: T.MessagesMuteChatMentionsParams;
      response: T.MessagesMuteChatMentionsResponse;
      variants: [];
      responses: { "response": T.MessagesMuteChatMentionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/messages.pin
   */
  "messages.pin": {
      params: T.MessagesPinParams;
      response: T.MessagesPinResponse;
      variants: [];
      responses: { "response": T.MessagesPinResponse };
      errors: ApiGlobalErrorCode | 925 | 942 | 970 | 927;
      tokens: "user" | "group";
    };
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
   * @see https://dev.vk.com/method/messages.removeChatUser
   */
  "messages.removeChatUser": {
      params: T.MessagesRemoveChatUserParams;
      response: T.MessagesRemoveChatUserResponse;
      variants: [];
      responses: { "response": T.MessagesRemoveChatUserResponse };
      errors: ApiGlobalErrorCode | 925 | 935 | 936 | 945 | 946;
      tokens: "user" | "group";
    };
  /**
   * Restores a deleted message.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/messages.restore
   */
  "messages.restore": {
      params: T.MessagesRestoreParams;
      response: T.MessagesRestoreResponse;
      variants: [];
      responses: { "response": T.MessagesRestoreResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns a list of the current user's private messages that match search criteria.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/messages.search
   */
  "messages.search": {
      params: T.MessagesSearchParams;
      response: T.MessagesSearchResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesSearchExtendedResponse]];
      responses: { "response": T.MessagesSearchResponse; "extendedResponse": T.MessagesSearchExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns a list of the current user's conversations that match search criteria.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/messages.searchConversations
   */
  "messages.searchConversations": {
      params: T.MessagesSearchConversationsParams;
      response: T.MessagesSearchConversationsResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesSearchConversationsExtendedResponse]];
      responses: { "response": T.MessagesSearchConversationsResponse; "extendedResponse": T.MessagesSearchConversationsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
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
   * @see https://dev.vk.com/method/messages.send
   */
  "messages.send": {
      params: T.MessagesSendParams;
      response: T.MessagesSendDeprecatedResponse;
      variants: [[{ "peer_ids": {} }, T.MessagesSendUserIdsResponse]];
      responses: { "deprecatedResponse": T.MessagesSendDeprecatedResponse; "userIdsResponse": T.MessagesSendUserIdsResponse };
      errors: ApiGlobalErrorCode | 900 | 901 | 902 | 914 | 913 | 921 | 917 | 911 | 912 | 936 | 940 | 943 | 944 | 946 | 945 | 925 | 950 | 104 | 962 | 969 | 922 | 1012 | 985 | 987 | 988;
      tokens: "user" | "group";
    };
  /**
   * Token types: group.
   *
   * @see https://dev.vk.com/method/messages.sendMessageEventAnswer
   */
  "messages.sendMessageEventAnswer": {
      params: T.MessagesSendMessageEventAnswerParams;
      response: T.MessagesSendMessageEventAnswerResponse;
      variants: [];
      responses: { "response": T.MessagesSendMessageEventAnswerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "group";
    };
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
   * @see https://dev.vk.com/method/messages.sendReaction
   */
  "messages.sendReaction": {
      params: T.MessagesSendReactionParams;
      response: T.MessagesSendReactionResponse;
      variants: [];
      responses: { "response": T.MessagesSendReactionResponse };
      errors: ApiGlobalErrorCode | 1009 | 1010 | 1011;
      tokens: "user" | "group";
    };
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
   * @see https://dev.vk.com/method/messages.setActivity
   */
  "messages.setActivity": {
      params: T.MessagesSetActivityParams;
      response: T.MessagesSetActivityResponse;
      variants: [];
      responses: { "response": T.MessagesSetActivityResponse };
      errors: ApiGlobalErrorCode | 932 | 917 | 936 | 927;
      tokens: "user" | "group";
    };
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
   * @see https://dev.vk.com/method/messages.setChatPhoto
   */
  "messages.setChatPhoto": {
      params: T.MessagesSetChatPhotoParams;
      response: T.MessagesSetChatPhotoResponse;
      variants: [];
      responses: { "response": T.MessagesSetChatPhotoResponse };
      errors: ApiGlobalErrorCode | 22 | 1160 | 925 | 945;
      tokens: "user" | "group";
    };
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   *
   * @see https://dev.vk.com/method/messages.unpin
   */
  "messages.unpin": {
      params: T.MessagesUnpinParams;
      response: T.MessagesUnpinResponse;
      variants: [];
      responses: { "response": T.MessagesUnpinResponse };
      errors: ApiGlobalErrorCode | 925 | 927;
      tokens: "user" | "group";
    };
  /**
   * Prevents news from specified users and communities from appearing in the current user's newsfeed.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/newsfeed.addBan
   */
  "newsfeed.addBan": {
      params: T.NewsfeedAddBanParams;
      response: T.NewsfeedAddBanResponse;
      variants: [];
      responses: { "response": T.NewsfeedAddBanResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Allows news from previously banned users and communities to be shown in the current user's newsfeed.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/newsfeed.deleteBan
   */
  "newsfeed.deleteBan": {
      params: T.NewsfeedDeleteBanParams;
      response: T.NewsfeedDeleteBanResponse;
      variants: [];
      responses: { "response": T.NewsfeedDeleteBanResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/newsfeed.deleteList
   */
  "newsfeed.deleteList": {
      params: T.NewsfeedDeleteListParams;
      response: T.NewsfeedDeleteListResponse;
      variants: [];
      responses: { "response": T.NewsfeedDeleteListResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns data required to show newsfeed for the current user.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/newsfeed.get
   */
  "newsfeed.get": {
      params: T.NewsfeedGetParams;
      response: T.NewsfeedGetResponse;
      variants: [];
      responses: { "response": T.NewsfeedGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of users and communities banned from the current user's newsfeed.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/newsfeed.getBanned
   */
  "newsfeed.getBanned": {
      params: T.NewsfeedGetBannedParams;
      response: T.NewsfeedGetBannedResponse;
      variants: [[{ "extended": 1 | true }, T.NewsfeedGetBannedExtendedResponse]];
      responses: { "response": T.NewsfeedGetBannedResponse; "extendedResponse": T.NewsfeedGetBannedExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of comments in the current user's newsfeed.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/newsfeed.getComments
   */
  "newsfeed.getComments": {
      params: T.NewsfeedGetCommentsParams;
      response: T.NewsfeedGetCommentsResponse;
      variants: [];
      responses: { "response": T.NewsfeedGetCommentsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of newsfeeds followed by the current user.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/newsfeed.getLists
   */
  "newsfeed.getLists": {
      params: T.NewsfeedGetListsParams;
      response: T.NewsfeedGetListsResponse;
      variants: [[{ "extended": 1 | true }, T.NewsfeedGetListsExtendedResponse]];
      responses: { "response": T.NewsfeedGetListsResponse; "extendedResponse": T.NewsfeedGetListsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of posts on user walls in which the current user is mentioned.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/newsfeed.getMentions
   */
  "newsfeed.getMentions": {
      params: T.NewsfeedGetMentionsParams;
      response: T.NewsfeedGetMentionsResponse;
      variants: [];
      responses: { "response": T.NewsfeedGetMentionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * , Returns a list of newsfeeds recommended to the current user.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/newsfeed.getRecommended
   */
  "newsfeed.getRecommended": {
      params: T.NewsfeedGetRecommendedParams;
      response: T.NewsfeedGetRecommendedResponse;
      variants: [];
      responses: { "response": T.NewsfeedGetRecommendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns communities and users that current user is suggested to follow.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/newsfeed.getSuggestedSources
   */
  "newsfeed.getSuggestedSources": {
      params: T.NewsfeedGetSuggestedSourcesParams;
      response: T.NewsfeedGetSuggestedSourcesResponse;
      variants: [];
      responses: { "response": T.NewsfeedGetSuggestedSourcesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Hides an item from the newsfeed.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/newsfeed.ignoreItem
   */
  "newsfeed.ignoreItem": {
      params: T.NewsfeedIgnoreItemParams;
      response: T.NewsfeedIgnoreItemResponse;
      variants: [];
      responses: { "response": T.NewsfeedIgnoreItemResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Creates and edits user newsfeed lists
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1170 `api_error_too_many_lists`: Too many feed lists
   *
   * @see https://dev.vk.com/method/newsfeed.saveList
   */
  "newsfeed.saveList": {
      params: T.NewsfeedSaveListParams;
      response: T.NewsfeedSaveListResponse;
      variants: [];
      responses: { "response": T.NewsfeedSaveListResponse };
      errors: ApiGlobalErrorCode | 1170;
      tokens: "user";
    };
  /**
   * Returns search results by statuses.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/newsfeed.search
   */
  "newsfeed.search": {
      params: T.NewsfeedSearchParams;
      response: T.NewsfeedSearchResponse | T.NewsfeedSearchResponseStrict | T.NewsfeedSearchExtendedResponseStrict;
      variants: [[{ "extended": 1 | true }, T.NewsfeedSearchExtendedResponse]];
      responses: { "response": T.NewsfeedSearchResponse; "responseStrict": T.NewsfeedSearchResponseStrict; "extendedResponse": T.NewsfeedSearchExtendedResponse; "extendedResponseStrict": T.NewsfeedSearchExtendedResponseStrict };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a hidden item to the newsfeed.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/newsfeed.unignoreItem
   */
  "newsfeed.unignoreItem": {
      params: T.NewsfeedUnignoreItemParams;
      response: T.NewsfeedUnignoreItemResponse;
      variants: [];
      responses: { "response": T.NewsfeedUnignoreItemResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Unsubscribes the current user from specified newsfeeds.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/newsfeed.unsubscribe
   */
  "newsfeed.unsubscribe": {
      params: T.NewsfeedUnsubscribeParams;
      response: T.NewsfeedUnsubscribeResponse;
      variants: [];
      responses: { "response": T.NewsfeedUnsubscribeResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Creates a new note for the current user.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/notes.add
   */
  "notes.add": {
      params: T.NotesAddParams;
      response: T.NotesAddResponse;
      variants: [];
      responses: { "response": T.NotesAddResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Adds a new comment on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 181 `api_error_access_note`: Access to note denied
   * - 182 `api_error_access_note_comment`: You can't comment this note
   *
   * @see https://dev.vk.com/method/notes.createComment
   */
  "notes.createComment": {
      params: T.NotesCreateCommentParams;
      response: T.NotesCreateCommentResponse;
      variants: [];
      responses: { "response": T.NotesCreateCommentResponse };
      errors: ApiGlobalErrorCode | 181 | 182;
      tokens: "user";
    };
  /**
   * Deletes a note of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 180 `api_error_param_note_id`: Note not found
   *
   * @see https://dev.vk.com/method/notes.delete
   */
  "notes.delete": {
      params: T.NotesDeleteParams;
      response: T.NotesDeleteResponse;
      variants: [];
      responses: { "response": T.NotesDeleteResponse };
      errors: ApiGlobalErrorCode | 180;
      tokens: "user";
    };
  /**
   * Deletes a comment on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 181 `api_error_access_note`: Access to note denied
   * - 183 `api_error_access_comment`: Access to comment denied
   *
   * @see https://dev.vk.com/method/notes.deleteComment
   */
  "notes.deleteComment": {
      params: T.NotesDeleteCommentParams;
      response: T.NotesDeleteCommentResponse;
      variants: [];
      responses: { "response": T.NotesDeleteCommentResponse };
      errors: ApiGlobalErrorCode | 181 | 183;
      tokens: "user";
    };
  /**
   * Edits a note of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 180 `api_error_param_note_id`: Note not found
   *
   * @see https://dev.vk.com/method/notes.edit
   */
  "notes.edit": {
      params: T.NotesEditParams;
      response: T.NotesEditResponse;
      variants: [];
      responses: { "response": T.NotesEditResponse };
      errors: ApiGlobalErrorCode | 180;
      tokens: "user";
    };
  /**
   * Edits a comment on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 183 `api_error_access_comment`: Access to comment denied
   *
   * @see https://dev.vk.com/method/notes.editComment
   */
  "notes.editComment": {
      params: T.NotesEditCommentParams;
      response: T.NotesEditCommentResponse;
      variants: [];
      responses: { "response": T.NotesEditCommentResponse };
      errors: ApiGlobalErrorCode | 183;
      tokens: "user";
    };
  /**
   * Returns a list of notes created by a user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 180 `api_error_param_note_id`: Note not found
   *
   * @see https://dev.vk.com/method/notes.get
   */
  "notes.get": {
      params: T.NotesGetParams;
      response: T.NotesGetResponse;
      variants: [];
      responses: { "response": T.NotesGetResponse };
      errors: ApiGlobalErrorCode | 180;
      tokens: "user";
    };
  /**
   * Returns a note by its ID.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 181 `api_error_access_note`: Access to note denied
   * - 180 `api_error_param_note_id`: Note not found
   *
   * @see https://dev.vk.com/method/notes.getById
   */
  "notes.getById": {
      params: T.NotesGetByIdParams;
      response: T.NotesGetByIdResponse;
      variants: [];
      responses: { "response": T.NotesGetByIdResponse };
      errors: ApiGlobalErrorCode | 181 | 180;
      tokens: "user";
    };
  /**
   * Returns a list of comments on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 181 `api_error_access_note`: Access to note denied
   *
   * @see https://dev.vk.com/method/notes.getComments
   */
  "notes.getComments": {
      params: T.NotesGetCommentsParams;
      response: T.NotesGetCommentsResponse;
      variants: [];
      responses: { "response": T.NotesGetCommentsResponse };
      errors: ApiGlobalErrorCode | 181;
      tokens: "user";
    };
  /**
   * Restores a deleted comment on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 183 `api_error_access_comment`: Access to comment denied
   *
   * @see https://dev.vk.com/method/notes.restoreComment
   */
  "notes.restoreComment": {
      params: T.NotesRestoreCommentParams;
      response: T.NotesRestoreCommentResponse;
      variants: [];
      responses: { "response": T.NotesRestoreCommentResponse };
      errors: ApiGlobalErrorCode | 183;
      tokens: "user";
    };
  /**
   * Returns a list of notifications about other users' feedback to the current user's wall posts.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/notifications.get
   */
  "notifications.get": {
      params: T.NotificationsGetParams;
      response: T.NotificationsGetResponse;
      variants: [];
      responses: { "response": T.NotificationsGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Resets the counter of new notifications about other users' feedback to the current user's wall posts.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/notifications.markAsViewed
   */
  "notifications.markAsViewed": {
      params: T.NotificationsMarkAsViewedParams;
      response: T.NotificationsMarkAsViewedResponse;
      variants: [];
      responses: { "response": T.NotificationsMarkAsViewedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 711 `api_error_group_app_is_not_installed_in_community`: Application is not installed in community
   *
   * @see https://dev.vk.com/method/notifications.sendMessage
   */
  "notifications.sendMessage": {
      params: T.NotificationsSendMessageParams;
      response: T.NotificationsSendMessageResponse;
      variants: [];
      responses: { "response": T.NotificationsSendMessageResponse };
      errors: ApiGlobalErrorCode | 711;
      tokens: "service";
    };
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 1256 `api_error_apps_subscription_not_found`: Subscription not found
   * - 1257 `api_error_apps_subscription_invalid_status`: Subscription is in invalid status
   *
   * @see https://dev.vk.com/method/orders.cancelSubscription
   */
  "orders.cancelSubscription": {
      params: T.OrdersCancelSubscriptionParams;
      response: T.OrdersCancelSubscriptionResponse;
      variants: [];
      responses: { "response": T.OrdersCancelSubscriptionResponse };
      errors: ApiGlobalErrorCode | 1256 | 1257;
      tokens: "service";
    };
  /**
   * Changes order status.
   *
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * @see https://dev.vk.com/method/orders.changeState
   */
  "orders.changeState": {
      params: T.OrdersChangeStateParams;
      response: T.OrdersChangeStateResponse;
      variants: [];
      responses: { "response": T.OrdersChangeStateResponse };
      errors: ApiGlobalErrorCode | 103 | 106;
      tokens: "service";
    };
  /**
   * Returns a list of orders.
   *
   * Token types: service.
   *
   * @see https://dev.vk.com/method/orders.get
   */
  "orders.get": {
      params: T.OrdersGetParams;
      response: T.OrdersGetResponse;
      variants: [];
      responses: { "response": T.OrdersGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/orders.getAmount
   */
  "orders.getAmount": {
      params: T.OrdersGetAmountParams;
      response: T.OrdersGetAmountResponse;
      variants: [];
      responses: { "response": T.OrdersGetAmountResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns information about orders by their IDs.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/orders.getById
   */
  "orders.getById": {
      params: T.OrdersGetByIdParams;
      response: T.OrdersGetByIdResponse;
      variants: [];
      responses: { "response": T.OrdersGetByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 1256 `api_error_apps_subscription_not_found`: Subscription not found
   *
   * @see https://dev.vk.com/method/orders.getUserSubscriptionById
   */
  "orders.getUserSubscriptionById": {
      params: T.OrdersGetUserSubscriptionByIdParams;
      response: T.OrdersGetUserSubscriptionByIdResponse;
      variants: [];
      responses: { "response": T.OrdersGetUserSubscriptionByIdResponse };
      errors: ApiGlobalErrorCode | 1256;
      tokens: "service";
    };
  /**
   * Token types: service.
   *
   * @see https://dev.vk.com/method/orders.getUserSubscriptions
   */
  "orders.getUserSubscriptions": {
      params: T.OrdersGetUserSubscriptionsParams;
      response: T.OrdersGetUserSubscriptionsResponse;
      variants: [];
      responses: { "response": T.OrdersGetUserSubscriptionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Allows to clear the cache of particular 'external' pages which may be attached to VK posts.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/pages.clearCache
   */
  "pages.clearCache": {
      params: T.PagesClearCacheParams;
      response: T.PagesClearCacheResponse;
      variants: [];
      responses: { "response": T.PagesClearCacheResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns information about a wiki page.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/pages.get
   */
  "pages.get": {
      params: T.PagesGetParams;
      response: T.PagesGetResponse;
      variants: [];
      responses: { "response": T.PagesGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of all previous versions of a wiki page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   * - 140 `api_error_param_page_id`: Page not found
   *
   * @see https://dev.vk.com/method/pages.getHistory
   */
  "pages.getHistory": {
      params: T.PagesGetHistoryParams;
      response: T.PagesGetHistoryResponse;
      variants: [];
      responses: { "response": T.PagesGetHistoryResponse };
      errors: ApiGlobalErrorCode | 141 | 140;
      tokens: "user";
    };
  /**
   * Returns a list of wiki pages in a group.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   *
   * @see https://dev.vk.com/method/pages.getTitles
   */
  "pages.getTitles": {
      params: T.PagesGetTitlesParams;
      response: T.PagesGetTitlesResponse;
      variants: [];
      responses: { "response": T.PagesGetTitlesResponse };
      errors: ApiGlobalErrorCode | 141;
      tokens: "user";
    };
  /**
   * Returns the text of one of the previous versions of a wiki page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   *
   * @see https://dev.vk.com/method/pages.getVersion
   */
  "pages.getVersion": {
      params: T.PagesGetVersionParams;
      response: T.PagesGetVersionResponse;
      variants: [];
      responses: { "response": T.PagesGetVersionResponse };
      errors: ApiGlobalErrorCode | 141;
      tokens: "user";
    };
  /**
   * Returns HTML representation of the wiki markup.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/pages.parseWiki
   */
  "pages.parseWiki": {
      params: T.PagesParseWikiParams;
      response: T.PagesParseWikiResponse;
      variants: [];
      responses: { "response": T.PagesParseWikiResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/pages.save
   */
  "pages.save": {
      params: T.PagesSaveParams;
      response: T.PagesSaveResponse;
      variants: [];
      responses: { "response": T.PagesSaveResponse };
      errors: ApiGlobalErrorCode | 141 | 140 | 119;
      tokens: "user";
    };
  /**
   * Saves modified read and edit access settings for a wiki page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   * - 140 `api_error_param_page_id`: Page not found
   *
   * @see https://dev.vk.com/method/pages.saveAccess
   */
  "pages.saveAccess": {
      params: T.PagesSaveAccessParams;
      response: T.PagesSaveAccessResponse;
      variants: [];
      responses: { "response": T.PagesSaveAccessResponse };
      errors: ApiGlobalErrorCode | 141 | 140;
      tokens: "user";
    };
  /**
   * Confirms a tag on a photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.confirmTag
   */
  "photos.confirmTag": {
      params: T.PhotosConfirmTagParams;
      response: T.PhotosConfirmTagResponse;
      variants: [];
      responses: { "response": T.PhotosConfirmTagResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Allows to copy a photo to the "Saved photos" album
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.copy
   */
  "photos.copy": {
      params: T.PhotosCopyParams;
      response: T.PhotosCopyResponse;
      variants: [];
      responses: { "response": T.PhotosCopyResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Creates an empty photo album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 302 `api_error_albums_limit`: Albums number limit is reached
   *
   * @see https://dev.vk.com/method/photos.createAlbum
   */
  "photos.createAlbum": {
      params: T.PhotosCreateAlbumParams;
      response: T.PhotosCreateAlbumResponse;
      variants: [];
      responses: { "response": T.PhotosCreateAlbumResponse };
      errors: ApiGlobalErrorCode | 302;
      tokens: "user";
    };
  /**
   * Adds a new comment on the photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.createComment
   */
  "photos.createComment": {
      params: T.PhotosCreateCommentParams;
      response: T.PhotosCreateCommentResponse;
      variants: [];
      responses: { "response": T.PhotosCreateCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Deletes a photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.delete
   */
  "photos.delete": {
      params: T.PhotosDeleteParams;
      response: T.PhotosDeleteResponse;
      variants: [];
      responses: { "response": T.PhotosDeleteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Deletes a photo album belonging to the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   *
   * @see https://dev.vk.com/method/photos.deleteAlbum
   */
  "photos.deleteAlbum": {
      params: T.PhotosDeleteAlbumParams;
      response: T.PhotosDeleteAlbumResponse;
      variants: [];
      responses: { "response": T.PhotosDeleteAlbumResponse };
      errors: ApiGlobalErrorCode | 114;
      tokens: "user";
    };
  /**
   * Deletes a comment on the photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.deleteComment
   */
  "photos.deleteComment": {
      params: T.PhotosDeleteCommentParams;
      response: T.PhotosDeleteCommentResponse;
      variants: [];
      responses: { "response": T.PhotosDeleteCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Edits the caption of a photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.edit
   */
  "photos.edit": {
      params: T.PhotosEditParams;
      response: T.PhotosEditResponse;
      variants: [];
      responses: { "response": T.PhotosEditResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Edits information about a photo album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   *
   * @see https://dev.vk.com/method/photos.editAlbum
   */
  "photos.editAlbum": {
      params: T.PhotosEditAlbumParams;
      response: T.PhotosEditAlbumResponse;
      variants: [];
      responses: { "response": T.PhotosEditAlbumResponse };
      errors: ApiGlobalErrorCode | 114;
      tokens: "user";
    };
  /**
   * Edits a comment on a photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.editComment
   */
  "photos.editComment": {
      params: T.PhotosEditCommentParams;
      response: T.PhotosEditCommentResponse;
      variants: [];
      responses: { "response": T.PhotosEditCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of a user's or community's photos.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/photos.get
   */
  "photos.get": {
      params: T.PhotosGetParams;
      response: T.PhotosGetResponse;
      variants: [];
      responses: { "response": T.PhotosGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of a user's or community's photo albums.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/photos.getAlbums
   */
  "photos.getAlbums": {
      params: T.PhotosGetAlbumsParams;
      response: T.PhotosGetAlbumsResponse;
      variants: [];
      responses: { "response": T.PhotosGetAlbumsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns the number of photo albums belonging to a user or community.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.getAlbumsCount
   */
  "photos.getAlbumsCount": {
      params: T.PhotosGetAlbumsCountParams;
      response: T.PhotosGetAlbumsCountResponse;
      variants: [];
      responses: { "response": T.PhotosGetAlbumsCountResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of photos belonging to a user or community, in reverse chronological order.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 19 `api_error_blocked`: Content blocked
   *
   * @see https://dev.vk.com/method/photos.getAll
   */
  "photos.getAll": {
      params: T.PhotosGetAllParams;
      response: T.PhotosGetAllResponse;
      variants: [];
      responses: { "response": T.PhotosGetAllResponse };
      errors: ApiGlobalErrorCode | 19;
      tokens: "user";
    };
  /**
   * Returns a list of comments on a specific photo album or all albums of the user sorted in reverse chronological order.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   *
   * @see https://dev.vk.com/method/photos.getAllComments
   */
  "photos.getAllComments": {
      params: T.PhotosGetAllCommentsParams;
      response: T.PhotosGetAllCommentsResponse;
      variants: [];
      responses: { "response": T.PhotosGetAllCommentsResponse };
      errors: ApiGlobalErrorCode | 114;
      tokens: "user";
    };
  /**
   * Returns information about photos by their IDs.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/photos.getById
   */
  "photos.getById": {
      params: T.PhotosGetByIdParams;
      response: T.PhotosGetByIdResponse;
      variants: [];
      responses: { "response": T.PhotosGetByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns an upload link for chat cover pictures.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/photos.getChatUploadServer
   */
  "photos.getChatUploadServer": {
      params: T.PhotosGetChatUploadServerParams;
      response: T.PhotosGetChatUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetChatUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns a list of comments on a photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.getComments
   */
  "photos.getComments": {
      params: T.PhotosGetCommentsParams;
      response: T.PhotosGetCommentsResponse;
      variants: [[{ "extended": 1 | true }, T.PhotosGetCommentsExtendedResponse]];
      responses: { "response": T.PhotosGetCommentsResponse; "extendedResponse": T.PhotosGetCommentsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns the server address for market album photo upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * @see https://dev.vk.com/method/photos.getMarketAlbumUploadServer
   */
  "photos.getMarketAlbumUploadServer": {
      params: T.PhotosGetMarketAlbumUploadServerParams;
      response: T.PhotosGetMarketAlbumUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetMarketAlbumUploadServerResponse };
      errors: ApiGlobalErrorCode | 1438;
      tokens: "user";
    };
  /**
   * Returns the server address for photo upload in a private message for a user.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 901 `api_error_messages_deny_send`: Can't send messages for users without permission
   *
   * @see https://dev.vk.com/method/photos.getMessagesUploadServer
   */
  "photos.getMessagesUploadServer": {
      params: T.PhotosGetMessagesUploadServerParams;
      response: T.PhotosGetMessagesUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetMessagesUploadServerResponse };
      errors: ApiGlobalErrorCode | 901;
      tokens: "user" | "group";
    };
  /**
   * Returns a list of photos with tags that have not been viewed.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.getNewTags
   */
  "photos.getNewTags": {
      params: T.PhotosGetNewTagsParams;
      response: T.PhotosGetNewTagsResponse;
      variants: [];
      responses: { "response": T.PhotosGetNewTagsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns the server address for owner cover upload.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * @see https://dev.vk.com/method/photos.getOwnerCoverPhotoUploadServer
   */
  "photos.getOwnerCoverPhotoUploadServer": {
      params: T.PhotosGetOwnerCoverPhotoUploadServerParams;
      response: T.PhotosGetOwnerCoverPhotoUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetOwnerCoverPhotoUploadServerResponse };
      errors: ApiGlobalErrorCode | 703;
      tokens: "user" | "group";
    };
  /**
   * Returns an upload server address for a profile or community photo.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * @see https://dev.vk.com/method/photos.getOwnerPhotoUploadServer
   */
  "photos.getOwnerPhotoUploadServer": {
      params: T.PhotosGetOwnerPhotoUploadServerParams;
      response: T.PhotosGetOwnerPhotoUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetOwnerPhotoUploadServerResponse };
      errors: ApiGlobalErrorCode | 703;
      tokens: "user";
    };
  /**
   * Returns a list of tags on a photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.getTags
   */
  "photos.getTags": {
      params: T.PhotosGetTagsParams;
      response: T.PhotosGetTagsResponse;
      variants: [];
      responses: { "response": T.PhotosGetTagsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns the server address for photo upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * @see https://dev.vk.com/method/photos.getUploadServer
   */
  "photos.getUploadServer": {
      params: T.PhotosGetUploadServerParams;
      response: T.PhotosGetUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetUploadServerResponse };
      errors: ApiGlobalErrorCode | 703;
      tokens: "user";
    };
  /**
   * Returns a list of photos in which a user is tagged.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.getUserPhotos
   */
  "photos.getUserPhotos": {
      params: T.PhotosGetUserPhotosParams;
      response: T.PhotosGetUserPhotosResponse;
      variants: [];
      responses: { "response": T.PhotosGetUserPhotosResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns the server address for photo upload onto a user's wall.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.getWallUploadServer
   */
  "photos.getWallUploadServer": {
      params: T.PhotosGetWallUploadServerParams;
      response: T.PhotosGetWallUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetWallUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Makes a photo into an album cover.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.makeCover
   */
  "photos.makeCover": {
      params: T.PhotosMakeCoverParams;
      response: T.PhotosMakeCoverResponse;
      variants: [];
      responses: { "response": T.PhotosMakeCoverResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Moves a photo from one album to another.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.move
   */
  "photos.move": {
      params: T.PhotosMoveParams;
      response: T.PhotosMoveResponse;
      variants: [];
      responses: { "response": T.PhotosMoveResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Adds a tag on the photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.putTag
   */
  "photos.putTag": {
      params: T.PhotosPutTagParams;
      response: T.PhotosPutTagResponse;
      variants: [];
      responses: { "response": T.PhotosPutTagResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Removes a tag from a photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.removeTag
   */
  "photos.removeTag": {
      params: T.PhotosRemoveTagParams;
      response: T.PhotosRemoveTagResponse;
      variants: [];
      responses: { "response": T.PhotosRemoveTagResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Reorders the album in the list of user albums.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.reorderAlbums
   */
  "photos.reorderAlbums": {
      params: T.PhotosReorderAlbumsParams;
      response: T.PhotosReorderAlbumsResponse;
      variants: [];
      responses: { "response": T.PhotosReorderAlbumsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Reorders the photo in the list of photos of the user album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 122 `api_error_param_photos`: Invalid photos
   *
   * @see https://dev.vk.com/method/photos.reorderPhotos
   */
  "photos.reorderPhotos": {
      params: T.PhotosReorderPhotosParams;
      response: T.PhotosReorderPhotosResponse;
      variants: [];
      responses: { "response": T.PhotosReorderPhotosResponse };
      errors: ApiGlobalErrorCode | 122;
      tokens: "user";
    };
  /**
   * Reports (submits a complaint about) a photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.report
   */
  "photos.report": {
      params: T.PhotosReportParams;
      response: T.PhotosReportResponse;
      variants: [];
      responses: { "response": T.PhotosReportResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Reports (submits a complaint about) a comment on a photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.reportComment
   */
  "photos.reportComment": {
      params: T.PhotosReportCommentParams;
      response: T.PhotosReportCommentResponse;
      variants: [];
      responses: { "response": T.PhotosReportCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Restores a deleted photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.restore
   */
  "photos.restore": {
      params: T.PhotosRestoreParams;
      response: T.PhotosRestoreResponse;
      variants: [];
      responses: { "response": T.PhotosRestoreResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Restores a deleted comment on a photo.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/photos.restoreComment
   */
  "photos.restoreComment": {
      params: T.PhotosRestoreCommentParams;
      response: T.PhotosRestoreCommentResponse;
      variants: [];
      responses: { "response": T.PhotosRestoreCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/photos.save
   */
  "photos.save": {
      params: T.PhotosSaveParams;
      response: T.PhotosSaveResponse;
      variants: [];
      responses: { "response": T.PhotosSaveResponse };
      errors: ApiGlobalErrorCode | 114 | 118 | 121 | 22;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/photos.saveMarketAlbumPhoto
   */
  "photos.saveMarketAlbumPhoto": {
      params: T.PhotosSaveMarketAlbumPhotoParams;
      response: T.PhotosSaveMarketAlbumPhotoResponse;
      variants: [];
      responses: { "response": T.PhotosSaveMarketAlbumPhotoResponse };
      errors: ApiGlobalErrorCode | 121 | 129 | 1438;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/photos.saveMessagesPhoto
   */
  "photos.saveMessagesPhoto": {
      params: T.PhotosSaveMessagesPhotoParams;
      response: T.PhotosSaveMessagesPhotoResponse;
      variants: [];
      responses: { "response": T.PhotosSaveMessagesPhotoResponse };
      errors: ApiGlobalErrorCode | 114 | 118 | 121;
      tokens: "user" | "group";
    };
  /**
   * Saves cover photo after successful uploading.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * @see https://dev.vk.com/method/photos.saveOwnerCoverPhoto
   */
  "photos.saveOwnerCoverPhoto": {
      params: T.PhotosSaveOwnerCoverPhotoParams;
      response: T.PhotosSaveOwnerCoverPhotoResponse;
      variants: [];
      responses: { "response": T.PhotosSaveOwnerCoverPhotoResponse };
      errors: ApiGlobalErrorCode | 129 | 703;
      tokens: "user" | "group";
    };
  /**
   * Saves a profile or community photo. Upload URL can be got with the [vk.com/dev/photos.getOwnerPhotoUploadServer|photos.getOwnerPhotoUploadServer] method.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * @see https://dev.vk.com/method/photos.saveOwnerPhoto
   */
  "photos.saveOwnerPhoto": {
      params: T.PhotosSaveOwnerPhotoParams;
      response: T.PhotosSaveOwnerPhotoResponse;
      variants: [];
      responses: { "response": T.PhotosSaveOwnerPhotoResponse };
      errors: ApiGlobalErrorCode | 129 | 703;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/photos.saveWallPhoto
   */
  "photos.saveWallPhoto": {
      params: T.PhotosSaveWallPhotoParams;
      response: T.PhotosSaveWallPhotoResponse;
      variants: [];
      responses: { "response": T.PhotosSaveWallPhotoResponse };
      errors: ApiGlobalErrorCode | 114 | 118 | 121 | 22;
      tokens: "user";
    };
  /**
   * Returns a list of photos.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/photos.search
   */
  "photos.search": {
      params: T.PhotosSearchParams;
      response: T.PhotosSearchResponse;
      variants: [];
      responses: { "response": T.PhotosSearchResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/podcasts.searchPodcast
   */
  "podcasts.searchPodcast": {
      params: T.PodcastsSearchPodcastParams;
      response: T.PodcastsSearchPodcastResponse;
      variants: [];
      responses: { "response": T.PodcastsSearchPodcastResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
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
   * @see https://dev.vk.com/method/polls.addVote
   */
  "polls.addVote": {
      params: T.PollsAddVoteParams;
      response: T.PollsAddVoteResponse;
      variants: [];
      responses: { "response": T.PollsAddVoteResponse };
      errors: ApiGlobalErrorCode | 250 | 252 | 251;
      tokens: "user";
    };
  /**
   * Creates polls that can be attached to the users' or communities' posts.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/polls.create
   */
  "polls.create": {
      params: T.PollsCreateParams;
      response: T.PollsCreateResponse;
      variants: [];
      responses: { "response": T.PollsCreateResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/polls.deleteVote
   */
  "polls.deleteVote": {
      params: T.PollsDeleteVoteParams;
      response: T.PollsDeleteVoteResponse;
      variants: [];
      responses: { "response": T.PollsDeleteVoteResponse };
      errors: ApiGlobalErrorCode | 250 | 252 | 251;
      tokens: "user";
    };
  /**
   * Edits created polls
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/polls.edit
   */
  "polls.edit": {
      params: T.PollsEditParams;
      response: T.PollsEditResponse;
      variants: [];
      responses: { "response": T.PollsEditResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/polls.getBackgrounds
   */
  "polls.getBackgrounds": {
      params: T.PollsGetBackgroundsParams;
      response: T.PollsGetBackgroundsResponse;
      variants: [];
      responses: { "response": T.PollsGetBackgroundsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns detailed information about a poll by its ID.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 250 `api_error_polls_access`: Access to poll denied
   *
   * @see https://dev.vk.com/method/polls.getById
   */
  "polls.getById": {
      params: T.PollsGetByIdParams;
      response: T.PollsGetByIdResponse;
      variants: [];
      responses: { "response": T.PollsGetByIdResponse };
      errors: ApiGlobalErrorCode | 250;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/polls.getPhotoUploadServer
   */
  "polls.getPhotoUploadServer": {
      params: T.PollsGetPhotoUploadServerParams;
      response: T.PollsGetPhotoUploadServerResponse;
      variants: [];
      responses: { "response": T.PollsGetPhotoUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/polls.getVoters
   */
  "polls.getVoters": {
      params: T.PollsGetVotersParams;
      response: T.PollsGetVotersResponse;
      variants: [[{ "fields": {} }, T.PollsGetVotersFieldsResponse]];
      responses: { "response": T.PollsGetVotersResponse; "fieldsResponse": T.PollsGetVotersFieldsResponse };
      errors: ApiGlobalErrorCode | 250 | 252 | 251 | 253;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   *
   * @see https://dev.vk.com/method/polls.savePhoto
   */
  "polls.savePhoto": {
      params: T.PollsSavePhotoParams;
      response: T.PollsSavePhotoResponse;
      variants: [];
      responses: { "response": T.PollsSavePhotoResponse };
      errors: ApiGlobalErrorCode | 129;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1901 `api_error_pretty_cards_too_many_cards`: Too many cards
   *
   * @see https://dev.vk.com/method/prettyCards.create
   */
  "prettyCards.create": {
      params: T.PrettyCardsCreateParams;
      response: T.PrettyCardsCreateResponse;
      variants: [];
      responses: { "response": T.PrettyCardsCreateResponse };
      errors: ApiGlobalErrorCode | 1901;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1900 `api_error_pretty_cards_card_not_found`: Card not found
   * - 1902 `api_error_pretty_cards_card_is_connected_to_post`: Card is connected to post
   *
   * @see https://dev.vk.com/method/prettyCards.delete
   */
  "prettyCards.delete": {
      params: T.PrettyCardsDeleteParams;
      response: T.PrettyCardsDeleteResponse;
      variants: [];
      responses: { "response": T.PrettyCardsDeleteResponse };
      errors: ApiGlobalErrorCode | 1900 | 1902;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1900 `api_error_pretty_cards_card_not_found`: Card not found
   *
   * @see https://dev.vk.com/method/prettyCards.edit
   */
  "prettyCards.edit": {
      params: T.PrettyCardsEditParams;
      response: T.PrettyCardsEditResponse;
      variants: [];
      responses: { "response": T.PrettyCardsEditResponse };
      errors: ApiGlobalErrorCode | 1900;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/prettyCards.get
   */
  "prettyCards.get": {
      params: T.PrettyCardsGetParams;
      response: T.PrettyCardsGetResponse;
      variants: [];
      responses: { "response": T.PrettyCardsGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/prettyCards.getById
   */
  "prettyCards.getById": {
      params: T.PrettyCardsGetByIdParams;
      response: T.PrettyCardsGetByIdResponse;
      variants: [];
      responses: { "response": T.PrettyCardsGetByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/prettyCards.getUploadURL
   */
  "prettyCards.getUploadURL": {
      params: T.PrettyCardsGetUploadURLParams;
      response: T.PrettyCardsGetUploadURLResponse;
      variants: [];
      responses: { "response": T.PrettyCardsGetUploadURLResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Allows the programmer to do a quick search for any substring.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/search.getHints
   */
  "search.getHints": {
      params: T.SearchGetHintsParams;
      response: T.SearchGetHintsResponse;
      variants: [];
      responses: { "response": T.SearchGetHintsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Adds user activity information to an application
   *
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 1251 `api_error_apps_already_unlocked`: This achievement is already unlocked
   *
   * @see https://dev.vk.com/method/secure.addAppEvent
   */
  "secure.addAppEvent": {
      params: T.SecureAddAppEventParams;
      response: T.SecureAddAppEventResponse;
      variants: [];
      responses: { "response": T.SecureAddAppEventResponse };
      errors: ApiGlobalErrorCode | 1251;
      tokens: "service";
    };
  /**
   * Checks the user authentication in 'IFrame' and 'Flash' apps using the 'access_token' parameter.
   *
   * Token types: service.
   *
   * @see https://dev.vk.com/method/secure.checkToken
   */
  "secure.checkToken": {
      params: T.SecureCheckTokenParams;
      response: T.SecureCheckTokenResponse;
      variants: [];
      responses: { "response": T.SecureCheckTokenResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Returns payment balance of the application in hundredth of a vote.
   *
   * Token types: service.
   *
   * @see https://dev.vk.com/method/secure.getAppBalance
   */
  "secure.getAppBalance": {
      params: T.SecureGetAppBalanceParams;
      response: T.SecureGetAppBalanceResponse;
      variants: [];
      responses: { "response": T.SecureGetAppBalanceResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Shows a list of SMS notifications sent by the application using [vk.com/dev/secure.sendSMSNotification|secure.sendSMSNotification] method.
   *
   * Token types: service.
   *
   * @see https://dev.vk.com/method/secure.getSMSHistory
   */
  "secure.getSMSHistory": {
      params: T.SecureGetSMSHistoryParams;
      response: T.SecureGetSMSHistoryResponse;
      variants: [];
      responses: { "response": T.SecureGetSMSHistoryResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Shows history of votes transaction between users and the application.
   *
   * Token types: service.
   *
   * @see https://dev.vk.com/method/secure.getTransactionsHistory
   */
  "secure.getTransactionsHistory": {
      params: T.SecureGetTransactionsHistoryParams;
      response: T.SecureGetTransactionsHistoryResponse;
      variants: [];
      responses: { "response": T.SecureGetTransactionsHistoryResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Returns one of the previously set game levels of one or more users in the application.
   *
   * Token types: service.
   *
   * @see https://dev.vk.com/method/secure.getUserLevel
   */
  "secure.getUserLevel": {
      params: T.SecureGetUserLevelParams;
      response: T.SecureGetUserLevelResponse;
      variants: [];
      responses: { "response": T.SecureGetUserLevelResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Opens the game achievement and gives the user a sticker
   *
   * Token types: service.
   *
   * @see https://dev.vk.com/method/secure.giveEventSticker
   */
  "secure.giveEventSticker": {
      params: T.SecureGiveEventStickerParams;
      response: T.SecureGiveEventStickerResponse;
      variants: [];
      responses: { "response": T.SecureGiveEventStickerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Sends notification to the user.
   *
   * Token types: service.
   *
   * @see https://dev.vk.com/method/secure.sendNotification
   */
  "secure.sendNotification": {
      params: T.SecureSendNotificationParams;
      response: T.SecureSendNotificationResponse;
      variants: [];
      responses: { "response": T.SecureSendNotificationResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Sends 'SMS' notification to a user's mobile device.
   *
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 147 `api_error_insufficient_funds`: Application has insufficient funds
   * - 146 `api_error_mobile_not_activated`: The mobile number of the user is unknown
   *
   * @see https://dev.vk.com/method/secure.sendSMSNotification
   */
  "secure.sendSMSNotification": {
      params: T.SecureSendSMSNotificationParams;
      response: T.SecureSendSMSNotificationResponse;
      variants: [];
      responses: { "response": T.SecureSendSMSNotificationResponse };
      errors: ApiGlobalErrorCode | 147 | 146;
      tokens: "service";
    };
  /**
   * Sets a counter which is shown to the user in bold in the left menu.
   *
   * Token types: service.
   *
   * @see https://dev.vk.com/method/secure.setCounter
   */
  "secure.setCounter": {
      params: T.SecureSetCounterParams;
      response: T.SecureSetCounterResponseInteger | T.SecureSetCounterResponseArray;
      variants: [];
      responses: { "responseInteger": T.SecureSetCounterResponseInteger; "responseArray": T.SecureSetCounterResponseArray };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Returns statistics of a community or an application.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/stats.get
   */
  "stats.get": {
      params: T.StatsGetParams;
      response: T.StatsGetResponse;
      variants: [];
      responses: { "response": T.StatsGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns stats for a wall post.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 210 `api_error_wall_access_post`: Access to wall's post denied
   *
   * @see https://dev.vk.com/method/stats.getPostReach
   */
  "stats.getPostReach": {
      params: T.StatsGetPostReachParams;
      response: T.StatsGetPostReachResponse;
      variants: [];
      responses: { "response": T.StatsGetPostReachResponse };
      errors: ApiGlobalErrorCode | 210;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/stats.trackVisitor
   */
  "stats.trackVisitor": {
      params: T.StatsTrackVisitorParams;
      response: T.StatsTrackVisitorResponse;
      variants: [];
      responses: { "response": T.StatsTrackVisitorResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns data required to show the status of a user or community.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/status.get
   */
  "status.get": {
      params: T.StatusGetParams;
      response: T.StatusGetResponse;
      variants: [];
      responses: { "response": T.StatusGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Sets a new status for the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 221 `api_error_status_no_audio`: User disabled track name broadcast
   *
   * @see https://dev.vk.com/method/status.set
   */
  "status.set": {
      params: T.StatusSetParams;
      response: T.StatusSetResponse;
      variants: [];
      responses: { "response": T.StatusSetResponse };
      errors: ApiGlobalErrorCode | 221;
      tokens: "user";
    };
  /**
   * Returns a value of variable with the name set by key parameter.
   *
   * Token types: user, group, service.
   *
   * @see https://dev.vk.com/method/storage.get
   */
  "storage.get": {
      params: T.StorageGetParams;
      response: T.StorageGetResponse;
      variants: [];
      responses: { "response": T.StorageGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  /**
   * Returns the names of all variables.
   *
   * Token types: user, group, service.
   *
   * @see https://dev.vk.com/method/storage.getKeys
   */
  "storage.getKeys": {
      params: T.StorageGetKeysParams;
      response: T.StorageGetKeysResponse;
      variants: [];
      responses: { "response": T.StorageGetKeysResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  /**
   * Saves a value of variable with the name set by 'key' parameter.
   *
   * Token types: user, group, service.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * @see https://dev.vk.com/method/storage.set
   */
  "storage.set": {
      params: T.StorageSetParams;
      response: T.StorageSetResponse;
      variants: [];
      responses: { "response": T.StorageSetResponse };
      errors: ApiGlobalErrorCode | 103;
      tokens: "user" | "group" | "service";
    };
  /**
   * Adds given sticker IDs to the list of user's favorite stickers
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 2100 `api_error_stickers_not_purchased`: Stickers are not purchased
   * - 2101 `api_error_stickers_too_many_favorites`: Too many favorite stickers
   *
   * @see https://dev.vk.com/method/store.addStickersToFavorite
   */
  "store.addStickersToFavorite": {
      params: T.StoreAddStickersToFavoriteParams;
      response: T.StoreAddStickersToFavoriteResponse;
      variants: [];
      responses: { "response": T.StoreAddStickersToFavoriteResponse };
      errors: ApiGlobalErrorCode | 2100 | 2101;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/store.getFavoriteStickers
   */
  "store.getFavoriteStickers": {
      params: T.StoreGetFavoriteStickersParams;
      response: T.StoreGetFavoriteStickersResponse;
      variants: [];
      responses: { "response": T.StoreGetFavoriteStickersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/store.getProducts
   */
  "store.getProducts": {
      params: T.StoreGetProductsParams;
      response: T.StoreGetProductsResponse;
      variants: [];
      responses: { "response": T.StoreGetProductsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/store.getStickersKeywords
   */
  "store.getStickersKeywords": {
      params: T.StoreGetStickersKeywordsParams;
      response: T.StoreGetStickersKeywordsResponse;
      variants: [];
      responses: { "response": T.StoreGetStickersKeywordsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Removes given sticker IDs from the list of user's favorite stickers
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 2102 `api_error_stickers_not_favorite`: Stickers are not favorite
   *
   * @see https://dev.vk.com/method/store.removeStickersFromFavorite
   */
  "store.removeStickersFromFavorite": {
      params: T.StoreRemoveStickersFromFavoriteParams;
      response: T.StoreRemoveStickersFromFavoriteResponse;
      variants: [];
      responses: { "response": T.StoreRemoveStickersFromFavoriteResponse };
      errors: ApiGlobalErrorCode | 2102;
      tokens: "user";
    };
  /**
   * Allows to hide stories from chosen sources from current user's feed.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/stories.banOwner
   */
  "stories.banOwner": {
      params: T.StoriesBanOwnerParams;
      response: T.StoriesBanOwnerResponse;
      variants: [];
      responses: { "response": T.StoriesBanOwnerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Allows to delete story.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/stories.delete
   */
  "stories.delete": {
      params: T.StoriesDeleteParams;
      response: T.StoriesDeleteResponse;
      variants: [];
      responses: { "response": T.StoriesDeleteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns stories available for current user.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/stories.get
   */
  "stories.get": {
      params: T.StoriesGetParams;
      response: T.StoriesGetResponse;
      variants: [];
      responses: { "response": T.StoriesGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns list of sources hidden from current user's feed.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/stories.getBanned
   */
  "stories.getBanned": {
      params: T.StoriesGetBannedParams;
      response: T.StoriesGetBannedResponse;
      variants: [[{ "extended": 1 | true }, T.StoriesGetBannedExtendedResponse]];
      responses: { "response": T.StoriesGetBannedResponse; "extendedResponse": T.StoriesGetBannedExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns story by its ID.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1600 `api_error_story_expired`: Story has already expired
   *
   * @see https://dev.vk.com/method/stories.getById
   */
  "stories.getById": {
      params: T.StoriesGetByIdParams;
      response: T.StoriesGetByIdResponse;
      variants: [];
      responses: { "response": T.StoriesGetByIdResponse };
      errors: ApiGlobalErrorCode | 1600;
      tokens: "user" | "group";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/stories.getDetailedStats
   */
  "stories.getDetailedStats": {
      params: T.StoriesGetDetailedStatsParams;
      response: T.StoriesGetDetailedStatsResponse;
      variants: [];
      responses: { "response": T.StoriesGetDetailedStatsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/stories.getPhotoUploadServer
   */
  "stories.getPhotoUploadServer": {
      params: T.StoriesGetPhotoUploadServerParams;
      response: T.StoriesGetPhotoUploadServerResponse;
      variants: [];
      responses: { "response": T.StoriesGetPhotoUploadServerResponse };
      errors: ApiGlobalErrorCode | 900 | 1602 | 19;
      tokens: "user" | "group";
    };
  /**
   * Returns replies to the story.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/stories.getReplies
   */
  "stories.getReplies": {
      params: T.StoriesGetRepliesParams;
      response: T.StoriesGetRepliesResponse;
      variants: [];
      responses: { "response": T.StoriesGetRepliesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Returns stories available for current user.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/stories.getStats
   */
  "stories.getStats": {
      params: T.StoriesGetStatsParams;
      response: T.StoriesGetStatsResponse;
      variants: [];
      responses: { "response": T.StoriesGetStatsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
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
   * @see https://dev.vk.com/method/stories.getVideoUploadServer
   */
  "stories.getVideoUploadServer": {
      params: T.StoriesGetVideoUploadServerParams;
      response: T.StoriesGetVideoUploadServerResponse;
      variants: [];
      responses: { "response": T.StoriesGetVideoUploadServerResponse };
      errors: ApiGlobalErrorCode | 900 | 1602 | 19;
      tokens: "user" | "group";
    };
  /**
   * Returns a list of story viewers.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1600 `api_error_story_expired`: Story has already expired
   *
   * @see https://dev.vk.com/method/stories.getViewers
   */
  "stories.getViewers": {
      params: T.StoriesGetViewersParams;
      response: T.StoriesGetViewersResponse;
      variants: [];
      responses: { "response": T.StoriesGetViewersResponse };
      errors: ApiGlobalErrorCode | 1600;
      tokens: "user" | "group";
    };
  /**
   * Hides all replies in the last 24 hours from the user to current user's stories.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/stories.hideAllReplies
   */
  "stories.hideAllReplies": {
      params: T.StoriesHideAllRepliesParams;
      response: T.StoriesHideAllRepliesResponse;
      variants: [];
      responses: { "response": T.StoriesHideAllRepliesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Hides the reply to the current user's story.
   *
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/stories.hideReply
   */
  "stories.hideReply": {
      params: T.StoriesHideReplyParams;
      response: T.StoriesHideReplyResponse;
      variants: [];
      responses: { "response": T.StoriesHideReplyResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/stories.save
   */
  "stories.save": {
      params: T.StoriesSaveParams;
      response: T.StoriesSaveResponse;
      variants: [];
      responses: { "response": T.StoriesSaveResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/stories.search
   */
  "stories.search": {
      params: T.StoriesSearchParams;
      response: T.StoriesSearchResponse;
      variants: [];
      responses: { "response": T.StoriesSearchResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: service.
   *
   * @see https://dev.vk.com/method/stories.sendInteraction
   */
  "stories.sendInteraction": {
      params: T.StoriesSendInteractionParams;
      response: T.StoriesSendInteractionResponse;
      variants: [];
      responses: { "response": T.StoriesSendInteractionResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Allows to show stories from hidden sources in current user's feed.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/stories.unbanOwner
   */
  "stories.unbanOwner": {
      params: T.StoriesUnbanOwnerParams;
      response: T.StoriesUnbanOwnerResponse;
      variants: [];
      responses: { "response": T.StoriesUnbanOwnerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Allows to receive data for the connection to Streaming API.
   *
   * Token types: service.
   *
   * @see https://dev.vk.com/method/streaming.getServerUrl
   */
  "streaming.getServerUrl": {
      params: T.StreamingGetServerUrlParams;
      response: T.StreamingGetServerUrlResponse;
      variants: [];
      responses: { "response": T.StreamingGetServerUrlResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Token types: service.
   *
   * @see https://dev.vk.com/method/streaming.getStats
   */
  "streaming.getStats": {
      params: T.StreamingGetStatsParams;
      response: T.StreamingGetStatsResponse;
      variants: [];
      responses: { "response": T.StreamingGetStatsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Token types: service.
   *
   * @see https://dev.vk.com/method/streaming.getStem
   */
  "streaming.getStem": {
      params: T.StreamingGetStemParams;
      response: T.StreamingGetStemResponse;
      variants: [];
      responses: { "response": T.StreamingGetStemResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  /**
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 11101 `api_error_translations_cant_translate`: Can't translate.
   * - 11102 `api_error_translations_multiple_source_lang`: Multiple source languages. Only one allowed.
   *
   * @see https://dev.vk.com/method/translations.translate
   */
  "translations.translate": {
      params: T.TranslationsTranslateParams;
      response: T.TranslationsTranslateResponse;
      variants: [];
      responses: { "response": T.TranslationsTranslateResponse };
      errors: ApiGlobalErrorCode | 11101 | 11102;
      tokens: "user" | "service";
    };
  /**
   * Returns detailed information on users.
   *
   * Token types: user, group, service.
   *
   * @see https://dev.vk.com/method/users.get
   */
  "users.get": {
      params: T.UsersGetParams;
      response: T.UsersGetResponse;
      variants: [];
      responses: { "response": T.UsersGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  /**
   * Returns a list of IDs of followers of the user in question, sorted by date added, most recent first.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/users.getFollowers
   */
  "users.getFollowers": {
      params: T.UsersGetFollowersParams;
      response: T.UsersGetFollowersResponse;
      variants: [[{ "fields": {} }, T.UsersGetFollowersFieldsResponse]];
      responses: { "response": T.UsersGetFollowersResponse; "fieldsResponse": T.UsersGetFollowersFieldsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of IDs of users and communities followed by the user.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/users.getSubscriptions
   */
  "users.getSubscriptions": {
      params: T.UsersGetSubscriptionsParams;
      response: T.UsersGetSubscriptionsResponse;
      variants: [[{ "extended": 1 | true }, T.UsersGetSubscriptionsExtendedResponse]];
      responses: { "response": T.UsersGetSubscriptionsResponse; "extendedResponse": T.UsersGetSubscriptionsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Reports (submits a complain about) a user.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/users.report
   */
  "users.report": {
      params: T.UsersReportParams;
      response: T.UsersReportResponse;
      variants: [];
      responses: { "response": T.UsersReportResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of users matching the search criteria.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/users.search
   */
  "users.search": {
      params: T.UsersSearchParams;
      response: T.UsersSearchResponse;
      variants: [];
      responses: { "response": T.UsersSearchResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Checks whether a link is blocked in VK.
   *
   * Token types: user, group, service.
   *
   * @see https://dev.vk.com/method/utils.checkLink
   */
  "utils.checkLink": {
      params: T.UtilsCheckLinkParams;
      response: T.UtilsCheckLinkResponse;
      variants: [];
      responses: { "response": T.UtilsCheckLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  /**
   * Deletes shortened link from user's list.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/utils.deleteFromLastShortened
   */
  "utils.deleteFromLastShortened": {
      params: T.UtilsDeleteFromLastShortenedParams;
      response: T.UtilsDeleteFromLastShortenedResponse;
      variants: [];
      responses: { "response": T.UtilsDeleteFromLastShortenedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of user's shortened links.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/utils.getLastShortenedLinks
   */
  "utils.getLastShortenedLinks": {
      params: T.UtilsGetLastShortenedLinksParams;
      response: T.UtilsGetLastShortenedLinksResponse;
      variants: [];
      responses: { "response": T.UtilsGetLastShortenedLinksResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns stats data for shortened link.
   *
   * Token types: user, group, service.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/utils.getLinkStats
   */
  "utils.getLinkStats": {
      params: T.UtilsGetLinkStatsParams;
      response: T.UtilsGetLinkStatsResponse;
      variants: [[{ "extended": 1 | true }, T.UtilsGetLinkStatsExtendedResponse]];
      responses: { "response": T.UtilsGetLinkStatsResponse; "extendedResponse": T.UtilsGetLinkStatsExtendedResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group" | "service";
    };
  /**
   * Returns the current time of the VK server.
   *
   * Token types: user, group, service.
   *
   * @see https://dev.vk.com/method/utils.getServerTime
   */
  "utils.getServerTime": {
      params: T.UtilsGetServerTimeParams;
      response: T.UtilsGetServerTimeResponse;
      variants: [];
      responses: { "response": T.UtilsGetServerTimeResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  /**
   * Allows to receive a link shortened via vk.cc.
   *
   * Token types: user, group, service.
   *
   * @see https://dev.vk.com/method/utils.getShortLink
   */
  "utils.getShortLink": {
      params: T.UtilsGetShortLinkParams;
      response: T.UtilsGetShortLinkResponse;
      variants: [];
      responses: { "response": T.UtilsGetShortLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  /**
   * Detects a type of object (e.g., user, community, application) and its ID by screen name.
   *
   * Token types: user, group, service.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/utils.resolveScreenName
   */
  "utils.resolveScreenName": {
      params: T.UtilsResolveScreenNameParams;
      response: T.UtilsResolveScreenNameResponse;
      variants: [];
      responses: { "response": T.UtilsResolveScreenNameResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group" | "service";
    };
  /**
   * Adds a video to a user or community page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 800 `api_error_video_already_added`: This video is already added
   *
   * @see https://dev.vk.com/method/video.add
   */
  "video.add": {
      params: T.VideoAddParams;
      response: T.VideoAddResponse;
      variants: [];
      responses: { "response": T.VideoAddResponse };
      errors: ApiGlobalErrorCode | 204 | 800;
      tokens: "user";
    };
  /**
   * Creates an empty album for videos.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 302 `api_error_albums_limit`: Albums number limit is reached
   *
   * @see https://dev.vk.com/method/video.addAlbum
   */
  "video.addAlbum": {
      params: T.VideoAddAlbumParams;
      response: T.VideoAddAlbumResponse;
      variants: [];
      responses: { "response": T.VideoAddAlbumResponse };
      errors: ApiGlobalErrorCode | 204 | 302;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 800 `api_error_video_already_added`: This video is already added
   *
   * @see https://dev.vk.com/method/video.addToAlbum
   */
  "video.addToAlbum": {
      params: T.VideoAddToAlbumParams;
      response: T.VideoAddToAlbumResponse;
      variants: [[{ "album_ids": {} }, T.VideoAddToAlbumMultiResponse]];
      responses: { "response": T.VideoAddToAlbumResponse; "multiResponse": T.VideoAddToAlbumMultiResponse };
      errors: ApiGlobalErrorCode | 204 | 800;
      tokens: "user";
    };
  /**
   * Adds a new comment on a video.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 801 `api_error_video_comments_closed`: Comments for this video are closed
   *
   * @see https://dev.vk.com/method/video.createComment
   */
  "video.createComment": {
      params: T.VideoCreateCommentParams;
      response: T.VideoCreateCommentResponse;
      variants: [];
      responses: { "response": T.VideoCreateCommentResponse };
      errors: ApiGlobalErrorCode | 801;
      tokens: "user";
    };
  /**
   * Deletes a video from a user or community page.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/video.delete
   */
  "video.delete": {
      params: T.VideoDeleteParams;
      response: T.VideoDeleteResponse;
      variants: [];
      responses: { "response": T.VideoDeleteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Deletes a video album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * @see https://dev.vk.com/method/video.deleteAlbum
   */
  "video.deleteAlbum": {
      params: T.VideoDeleteAlbumParams;
      response: T.VideoDeleteAlbumResponse;
      variants: [];
      responses: { "response": T.VideoDeleteAlbumResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  /**
   * Deletes a comment on a video.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/video.deleteComment
   */
  "video.deleteComment": {
      params: T.VideoDeleteCommentParams;
      response: T.VideoDeleteCommentResponse;
      variants: [];
      responses: { "response": T.VideoDeleteCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Edits information about a video on a user or community page.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/video.edit
   */
  "video.edit": {
      params: T.VideoEditParams;
      response: T.VideoEditResponse;
      variants: [];
      responses: { "response": T.VideoEditResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Edits the title of a video album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * @see https://dev.vk.com/method/video.editAlbum
   */
  "video.editAlbum": {
      params: T.VideoEditAlbumParams;
      response: T.VideoEditAlbumResponse;
      variants: [];
      responses: { "response": T.VideoEditAlbumResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  /**
   * Edits the text of a comment on a video.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/video.editComment
   */
  "video.editComment": {
      params: T.VideoEditCommentParams;
      response: T.VideoEditCommentResponse;
      variants: [];
      responses: { "response": T.VideoEditCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns detailed information about videos.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * @see https://dev.vk.com/method/video.get
   */
  "video.get": {
      params: T.VideoGetParams;
      response: T.VideoGetResponse;
      variants: [];
      responses: { "response": T.VideoGetResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  /**
   * Returns video album info
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * @see https://dev.vk.com/method/video.getAlbumById
   */
  "video.getAlbumById": {
      params: T.VideoGetAlbumByIdParams;
      response: T.VideoGetAlbumByIdResponse;
      variants: [];
      responses: { "response": T.VideoGetAlbumByIdResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  /**
   * Returns a list of video albums owned by a user or community.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * @see https://dev.vk.com/method/video.getAlbums
   */
  "video.getAlbums": {
      params: T.VideoGetAlbumsParams;
      response: T.VideoGetAlbumsResponse;
      variants: [[{ "extended": 1 | true }, T.VideoGetAlbumsExtendedResponse]];
      responses: { "response": T.VideoGetAlbumsResponse; "extendedResponse": T.VideoGetAlbumsExtendedResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * @see https://dev.vk.com/method/video.getAlbumsByVideo
   */
  "video.getAlbumsByVideo": {
      params: T.VideoGetAlbumsByVideoParams;
      response: T.VideoGetAlbumsByVideoResponse;
      variants: [[{ "extended": 1 | true }, T.VideoGetAlbumsByVideoExtendedResponse]];
      responses: { "response": T.VideoGetAlbumsByVideoResponse; "extendedResponse": T.VideoGetAlbumsByVideoExtendedResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  /**
   * Returns a list of comments on a video.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 801 `api_error_video_comments_closed`: Comments for this video are closed
   *
   * @see https://dev.vk.com/method/video.getComments
   */
  "video.getComments": {
      params: T.VideoGetCommentsParams;
      response: T.VideoGetCommentsResponse;
      variants: [[{ "extended": 1 | true }, T.VideoGetCommentsExtendedResponse]];
      responses: { "response": T.VideoGetCommentsResponse; "extendedResponse": T.VideoGetCommentsExtendedResponse };
      errors: ApiGlobalErrorCode | 801;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 32 `api_error_wait`: Need wait
   *
   * @see https://dev.vk.com/method/video.getLongPollServer
   */
  "video.getLongPollServer": {
      params: T.VideoGetLongPollServerParams;
      response: T.VideoGetLongPollServerResponse;
      variants: [];
      responses: { "response": T.VideoGetLongPollServerResponse };
      errors: ApiGlobalErrorCode | 32;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/video.getThumbUploadUrl
   */
  "video.getThumbUploadUrl": {
      params: T.VideoGetThumbUploadUrlParams;
      response: T.VideoGetThumbUploadUrlResponse;
      variants: [];
      responses: { "response": T.VideoGetThumbUploadUrlResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/video.liveGetCategories
   */
  "video.liveGetCategories": {
      params: T.VideoLiveGetCategoriesParams;
      response: T.VideoLiveGetCategoriesResponse;
      variants: [];
      responses: { "response": T.VideoLiveGetCategoriesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * @see https://dev.vk.com/method/video.removeFromAlbum
   */
  "video.removeFromAlbum": {
      params: T.VideoRemoveFromAlbumParams;
      response: T.VideoRemoveFromAlbumResponse;
      variants: [[{ "album_ids": {} }, T.VideoRemoveFromAlbumMultiResponse]];
      responses: { "response": T.VideoRemoveFromAlbumResponse; "multiResponse": T.VideoRemoveFromAlbumMultiResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  /**
   * Reorders the album in the list of user video albums.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/video.reorderAlbums
   */
  "video.reorderAlbums": {
      params: T.VideoReorderAlbumsParams;
      response: T.VideoReorderAlbumsResponse;
      variants: [];
      responses: { "response": T.VideoReorderAlbumsResponse };
      errors: ApiGlobalErrorCode | 204 | 104;
      tokens: "user";
    };
  /**
   * Reorders the video in the video album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * @see https://dev.vk.com/method/video.reorderVideos
   */
  "video.reorderVideos": {
      params: T.VideoReorderVideosParams;
      response: T.VideoReorderVideosResponse;
      variants: [];
      responses: { "response": T.VideoReorderVideosResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  /**
   * Reports (submits a complaint about) a video.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/video.report
   */
  "video.report": {
      params: T.VideoReportParams;
      response: T.VideoReportResponse;
      variants: [];
      responses: { "response": T.VideoReportResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Reports (submits a complaint about) a comment on a video.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/video.reportComment
   */
  "video.reportComment": {
      params: T.VideoReportCommentParams;
      response: T.VideoReportCommentResponse;
      variants: [];
      responses: { "response": T.VideoReportCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Restores a previously deleted video.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/video.restore
   */
  "video.restore": {
      params: T.VideoRestoreParams;
      response: T.VideoRestoreResponse;
      variants: [];
      responses: { "response": T.VideoRestoreResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Restores a previously deleted comment on a video.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/video.restoreComment
   */
  "video.restoreComment": {
      params: T.VideoRestoreCommentParams;
      response: T.VideoRestoreCommentResponse;
      variants: [];
      responses: { "response": T.VideoRestoreCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/video.save
   */
  "video.save": {
      params: T.VideoSaveParams;
      response: T.VideoSaveResponse;
      variants: [];
      responses: { "response": T.VideoSaveResponse };
      errors: ApiGlobalErrorCode | 204 | 214 | 219 | 22 | 704;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   *
   * @see https://dev.vk.com/method/video.saveUploadedThumb
   */
  "video.saveUploadedThumb": {
      params: T.VideoSaveUploadedThumbParams;
      response: T.VideoSaveUploadedThumbResponse;
      variants: [];
      responses: { "response": T.VideoSaveUploadedThumbResponse };
      errors: ApiGlobalErrorCode | 129;
      tokens: "user";
    };
  /**
   * Returns a list of videos under the set search criterion.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * @see https://dev.vk.com/method/video.search
   */
  "video.search": {
      params: T.VideoSearchParams;
      response: T.VideoSearchResponse;
      variants: [[{ "extended": 1 | true }, T.VideoSearchExtendedResponse]];
      responses: { "response": T.VideoSearchResponse; "extendedResponse": T.VideoSearchExtendedResponse };
      errors: ApiGlobalErrorCode | 106;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   * - 219 `api_error_wall_ads_published`: Advertisement post was recently added
   *
   * @see https://dev.vk.com/method/video.startStreaming
   */
  "video.startStreaming": {
      params: T.VideoStartStreamingParams;
      response: T.VideoStartStreamingResponse;
      variants: [];
      responses: { "response": T.VideoStartStreamingResponse };
      errors: ApiGlobalErrorCode | 204 | 214 | 219;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/video.stopStreaming
   */
  "video.stopStreaming": {
      params: T.VideoStopStreamingParams;
      response: T.VideoStopStreamingResponse;
      variants: [];
      responses: { "response": T.VideoStopStreamingResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Unpin comment of a video.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/video.unpinComment
   */
  "video.unpinComment": {
      params: T.VideoUnpinCommentParams;
      response: T.VideoUnpinCommentResponse;
      variants: [];
      responses: { "response": T.VideoUnpinCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 3102 `api_error_wall_check_link_cant_determine_source`: Specified link is incorrect (can't find source)
   *
   * @see https://dev.vk.com/method/wall.checkCopyrightLink
   */
  "wall.checkCopyrightLink": {
      params: T.WallCheckCopyrightLinkParams;
      response: T.WallCheckCopyrightLinkResponse;
      variants: [];
      responses: { "response": T.WallCheckCopyrightLinkResponse };
      errors: ApiGlobalErrorCode | 3102;
      tokens: "user";
    };
  /**
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/wall.closeComments
   */
  "wall.closeComments": {
      params: T.WallCloseCommentsParams;
      response: T.WallCloseCommentsResponse;
      variants: [];
      responses: { "response": T.WallCloseCommentsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
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
   * @see https://dev.vk.com/method/wall.createComment
   */
  "wall.createComment": {
      params: T.WallCreateCommentParams;
      response: T.WallCreateCommentResponse;
      variants: [];
      responses: { "response": T.WallCreateCommentResponse };
      errors: ApiGlobalErrorCode | 213 | 223 | 222 | 212;
      tokens: "user" | "group";
    };
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
   * @see https://dev.vk.com/method/wall.delete
   */
  "wall.delete": {
      params: T.WallDeleteParams;
      response: T.WallDeleteResponse;
      variants: [];
      responses: { "response": T.WallDeleteResponse };
      errors: ApiGlobalErrorCode | 210 | 703 | 104;
      tokens: "user";
    };
  /**
   * Deletes a comment on a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 211 `api_error_wall_access_comment`: Access to wall's comment denied
   * - 104 `api_error_not_found`: Not found
   *
   * @see https://dev.vk.com/method/wall.deleteComment
   */
  "wall.deleteComment": {
      params: T.WallDeleteCommentParams;
      response: T.WallDeleteCommentResponse;
      variants: [];
      responses: { "response": T.WallDeleteCommentResponse };
      errors: ApiGlobalErrorCode | 211 | 104;
      tokens: "user";
    };
  /**
   * Edits a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 224 `api_error_wall_ads_post_limit_reached`: Too many ads posts
   * - 225 `api_error_wall_donut`: Donut is disabled
   *
   * @see https://dev.vk.com/method/wall.edit
   */
  "wall.edit": {
      params: T.WallEditParams;
      response: T.WallEditResponse;
      variants: [];
      responses: { "response": T.WallEditResponse };
      errors: ApiGlobalErrorCode | 224 | 225;
      tokens: "user";
    };
  /**
   * Allows to edit hidden post.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 224 `api_error_wall_ads_post_limit_reached`: Too many ads posts
   *
   * @see https://dev.vk.com/method/wall.editAdsStealth
   */
  "wall.editAdsStealth": {
      params: T.WallEditAdsStealthParams;
      response: T.WallEditAdsStealthResponse;
      variants: [];
      responses: { "response": T.WallEditAdsStealthResponse };
      errors: ApiGlobalErrorCode | 224;
      tokens: "user";
    };
  /**
   * Edits a comment on a user wall or community wall.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/wall.editComment
   */
  "wall.editComment": {
      params: T.WallEditCommentParams;
      response: T.WallEditCommentResponse;
      variants: [];
      responses: { "response": T.WallEditCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Returns a list of posts on a user wall or community wall.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 19 `api_error_blocked`: Content blocked
   *
   * @see https://dev.vk.com/method/wall.get
   */
  "wall.get": {
      params: T.WallGetParams;
      response: T.WallGetResponse;
      variants: [[{ "extended": 1 | true }, T.WallGetExtendedResponse]];
      responses: { "response": T.WallGetResponse; "extendedResponse": T.WallGetExtendedResponse };
      errors: ApiGlobalErrorCode | 19;
      tokens: "user" | "service";
    };
  /**
   * Returns a list of posts from user or community walls by their IDs.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/wall.getById
   */
  "wall.getById": {
      params: T.WallGetByIdParams;
      response: T.WallGetByIdResponse;
      variants: [[{ "extended": 1 | true }, T.WallGetByIdExtendedResponse]];
      responses: { "response": T.WallGetByIdResponse; "extendedResponse": T.WallGetByIdExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Returns a comment on a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 212 `api_error_wall_access_replies`: Access to post comments denied
   *
   * @see https://dev.vk.com/method/wall.getComment
   */
  "wall.getComment": {
      params: T.WallGetCommentParams;
      response: T.WallGetCommentResponse;
      variants: [[{ "extended": 1 | true }, T.WallGetCommentExtendedResponse]];
      responses: { "response": T.WallGetCommentResponse; "extendedResponse": T.WallGetCommentExtendedResponse };
      errors: ApiGlobalErrorCode | 212;
      tokens: "user";
    };
  /**
   * Returns a list of comments on a post on a user wall or community wall.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 212 `api_error_wall_access_replies`: Access to post comments denied
   *
   * @see https://dev.vk.com/method/wall.getComments
   */
  "wall.getComments": {
      params: T.WallGetCommentsParams;
      response: T.WallGetCommentsResponse;
      variants: [[{ "extended": 1 | true }, T.WallGetCommentsExtendedResponse]];
      responses: { "response": T.WallGetCommentsResponse; "extendedResponse": T.WallGetCommentsExtendedResponse };
      errors: ApiGlobalErrorCode | 212;
      tokens: "user" | "service";
    };
  /**
   * Returns information about reposts of a post on user wall or community wall.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/wall.getReposts
   */
  "wall.getReposts": {
      params: T.WallGetRepostsParams;
      response: T.WallGetRepostsResponse;
      variants: [];
      responses: { "response": T.WallGetRepostsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Token types: user, group.
   *
   * @see https://dev.vk.com/method/wall.openComments
   */
  "wall.openComments": {
      params: T.WallOpenCommentsParams;
      response: T.WallOpenCommentsResponse;
      variants: [];
      responses: { "response": T.WallOpenCommentsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  /**
   * Token types: user.
   *
   * @see https://dev.vk.com/method/wall.parseAttachedLink
   */
  "wall.parseAttachedLink": {
      params: T.WallParseAttachedLinkParams;
      response: T.WallParseAttachedLinkResponse;
      variants: [];
      responses: { "response": T.WallParseAttachedLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Pins the post on wall.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/wall.pin
   */
  "wall.pin": {
      params: T.WallPinParams;
      response: T.WallPinResponse;
      variants: [];
      responses: { "response": T.WallPinResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/wall.post
   */
  "wall.post": {
      params: T.WallPostParams;
      response: T.WallPostResponse;
      variants: [];
      responses: { "response": T.WallPostResponse };
      errors: ApiGlobalErrorCode | 219 | 214 | 220 | 222 | 224 | 225;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/wall.postAdsStealth
   */
  "wall.postAdsStealth": {
      params: T.WallPostAdsStealthParams;
      response: T.WallPostAdsStealthResponse;
      variants: [];
      responses: { "response": T.WallPostAdsStealthResponse };
      errors: ApiGlobalErrorCode | 219 | 214 | 220 | 222;
      tokens: "user";
    };
  /**
   * Reports (submits a complaint about) a comment on a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/wall.reportComment
   */
  "wall.reportComment": {
      params: T.WallReportCommentParams;
      response: T.WallReportCommentResponse;
      variants: [];
      responses: { "response": T.WallReportCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Reports (submits a complaint about) a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/wall.reportPost
   */
  "wall.reportPost": {
      params: T.WallReportPostParams;
      response: T.WallReportPostResponse;
      variants: [];
      responses: { "response": T.WallReportPostResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/wall.repost
   */
  "wall.repost": {
      params: T.WallRepostParams;
      response: T.WallRepostResponse;
      variants: [];
      responses: { "response": T.WallRepostResponse };
      errors: ApiGlobalErrorCode | 219 | 214 | 224;
      tokens: "user";
    };
  /**
   * Restores a post deleted from a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 210 `api_error_wall_access_post`: Access to wall's post denied
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   *
   * @see https://dev.vk.com/method/wall.restore
   */
  "wall.restore": {
      params: T.WallRestoreParams;
      response: T.WallRestoreResponse;
      variants: [];
      responses: { "response": T.WallRestoreResponse };
      errors: ApiGlobalErrorCode | 210 | 214;
      tokens: "user";
    };
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
   * @see https://dev.vk.com/method/wall.restoreComment
   */
  "wall.restoreComment": {
      params: T.WallRestoreCommentParams;
      response: T.WallRestoreCommentResponse;
      variants: [];
      responses: { "response": T.WallRestoreCommentResponse };
      errors: ApiGlobalErrorCode | 211 | 104 | 243;
      tokens: "user";
    };
  /**
   * Allows to search posts on user or community walls.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 210 `api_error_wall_access_post`: Access to wall's post denied
   *
   * @see https://dev.vk.com/method/wall.search
   */
  "wall.search": {
      params: T.WallSearchParams;
      response: T.WallSearchResponse;
      variants: [[{ "extended": 1 | true }, T.WallSearchExtendedResponse]];
      responses: { "response": T.WallSearchResponse; "extendedResponse": T.WallSearchExtendedResponse };
      errors: ApiGlobalErrorCode | 210;
      tokens: "user" | "service";
    };
  /**
   * Unpins the post on wall.
   *
   * Token types: user.
   *
   * @see https://dev.vk.com/method/wall.unpin
   */
  "wall.unpin": {
      params: T.WallUnpinParams;
      response: T.WallUnpinResponse;
      variants: [];
      responses: { "response": T.WallUnpinResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  /**
   * Gets a list of comments for the page added through the [vk.com/dev/Comments|Comments widget].
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/widgets.getComments
   */
  "widgets.getComments": {
      params: T.WidgetsGetCommentsParams;
      response: T.WidgetsGetCommentsResponse;
      variants: [];
      responses: { "response": T.WidgetsGetCommentsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  /**
   * Gets a list of application/site pages where the [vk.com/dev/Comments|Comments widget] or [vk.com/dev/Like|Like widget] is installed.
   *
   * Token types: user, service.
   *
   * @see https://dev.vk.com/method/widgets.getPages
   */
  "widgets.getPages": {
      params: T.WidgetsGetPagesParams;
      response: T.WidgetsGetPagesResponse;
      variants: [];
      responses: { "response": T.WidgetsGetPagesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
}

/** Name of any VK API method. */
export type ApiMethodName = keyof ApiMethods;
/** Method namespaces (`groups`, `messages`, …), derived from the method names. */
export type ApiNamespaceName = "account" | "ads" | "appWidgets" | "apps" | "auth" | "board" | "bugtracker" | "calls" | "database" | "docs" | "donut" | "downloadedGames" | "fave" | "friends" | "gifts" | "groups" | "leadForms" | "likes" | "market" | "messages" | "newsfeed" | "notes" | "notifications" | "orders" | "pages" | "photos" | "podcasts" | "polls" | "prettyCards" | "search" | "secure" | "stats" | "status" | "storage" | "store" | "stories" | "streaming" | "translations" | "users" | "utils" | "video" | "wall" | "widgets";
