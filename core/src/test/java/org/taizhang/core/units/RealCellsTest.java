package org.taizhang.core.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Responsibility cells as they are written in the 任务分解表 and 工作台账 of provinces, cities,
 * counties, districts, banners and towns, with the assignments a reader would write down by the
 * rules of the units documentation. A line {@code header || cell} gives the column header; {@code \n}
 * in a cell is a line break; {@code #} starts a comment line.
 */
class RealCellsTest {

    private static final String CELLS = """
            # 省级 (province)
            省发展改革委牵头，省直有关部门按职责分工负责
            => 省发展改革委 LEAD(牵头) | 省直有关部门* RESPONSIBLE(按职责分工负责)
            省教育厅、省人力资源社会保障厅、省财政厅
            => 省教育厅 RESPONSIBLE | 省人力资源社会保障厅 RESPONSIBLE | 省财政厅 RESPONSIBLE
            各设区市人民政府，省直有关部门
            => 各设区市人民政府* RESPONSIBLE | 省直有关部门* RESPONSIBLE
            省工业和信息化厅牵头，省科技厅、省市场监管局配合
            => 省工业和信息化厅 LEAD(牵头) | 省科技厅 SUPPORT(配合) | 省市场监管局 SUPPORT(配合)
            省委组织部、省委编办、省人力资源社会保障厅
            => 省委组织部 RESPONSIBLE | 省委编办 RESPONSIBLE | 省人力资源社会保障厅 RESPONSIBLE
            省卫生健康委（牵头）、省医保局、省药监局
            => 省卫生健康委 LEAD(牵头) | 省医保局 RESPONSIBLE | 省药监局 RESPONSIBLE
            省住房城乡建设厅、省自然资源厅，各设区市人民政府
            => 省住房城乡建设厅 RESPONSIBLE | 省自然资源厅 RESPONSIBLE | 各设区市人民政府* RESPONSIBLE
            人民银行南昌中心支行、江西银保监局、省地方金融监管局
            => 人民银行南昌中心支行 RESPONSIBLE | 江西银保监局 RESPONSIBLE | 省地方金融监管局 RESPONSIBLE
            省商务厅牵头，南昌海关、省市场监管局按职责分工负责
            => 省商务厅 LEAD(牵头) | 南昌海关 RESPONSIBLE(按职责分工负责) | 省市场监管局 RESPONSIBLE(按职责分工负责)
            省财政厅、国家税务总局江西省税务局
            => 省财政厅 RESPONSIBLE | 国家税务总局江西省税务局 RESPONSIBLE
            省委宣传部、省委网信办、省广电局
            => 省委宣传部 RESPONSIBLE | 省委网信办 RESPONSIBLE | 省广电局 RESPONSIBLE
            省公安厅、省交通运输厅、省应急管理厅按职责分工负责
            => 省公安厅 RESPONSIBLE(按职责分工负责) | 省交通运输厅 RESPONSIBLE(按职责分工负责) | 省应急管理厅 RESPONSIBLE(按职责分工负责)
            省直各部门（单位）
            => 省直各部门（单位）* RESPONSIBLE
            省政府办公厅牵头，省直有关部门、各设区市人民政府落实
            => 省政府办公厅 LEAD(牵头) | 省直有关部门* RESPONSIBLE(落实) | 各设区市人民政府* RESPONSIBLE(落实)
            省发展改革委、省能源局、国网江西省电力有限公司
            => 省发展改革委 RESPONSIBLE | 省能源局 RESPONSIBLE | 国网江西省电力有限公司 RESPONSIBLE
            自治区发展改革委牵头，自治区有关部门配合，各盟市人民政府负责落实
            => 自治区发展改革委 LEAD(牵头) | 自治区有关部门* SUPPORT(配合) | 各盟市人民政府* RESPONSIBLE(负责落实)
            各盟市、自治区各有关部门
            => 各盟市* RESPONSIBLE | 自治区各有关部门* RESPONSIBLE
            省教育厅牵头，省财政厅、省人力资源社会保障厅、省卫生健康委按职责分工负责
            => 省教育厅 LEAD(牵头) | 省财政厅 RESPONSIBLE(按职责分工负责) | 省人力资源社会保障厅 RESPONSIBLE(按职责分工负责) | 省卫生健康委 RESPONSIBLE(按职责分工负责)

            # 市级 (city): party and government bodies
            市委组织部（市公务员局）
            => 市委组织部（市公务员局） RESPONSIBLE
            市委组织部（市公务员局）、市人社局
            => 市委组织部（市公务员局） RESPONSIBLE | 市人社局 RESPONSIBLE
            市发改委牵头，市直有关部门、各县区配合
            => 市发改委 LEAD(牵头) | 市直有关部门* SUPPORT(配合) | 各县区* SUPPORT(配合)
            市直相关部门，各县区
            => 市直相关部门* RESPONSIBLE | 各县区* RESPONSIBLE
            ★市发改委、市财政局、市统计局
            => 市发改委 LEAD(★) | 市财政局 RESPONSIBLE | 市统计局 RESPONSIBLE
            市财政局、★市发改委
            => 市财政局 RESPONSIBLE | 市发改委 LEAD(★)
            市教育局（牵头）、市财政局
            => 市教育局 LEAD(牵头) | 市财政局 RESPONSIBLE
            市卫健委（牵头）
            => 市卫健委 LEAD(牵头)
            牵头：市委宣传部；配合：市网信办
            => 市委宣传部 LEAD(牵头) | 市网信办 SUPPORT(配合)
            市政府办公室、市数据局按职责分工落实
            => 市政府办公室 RESPONSIBLE(按职责分工落实) | 市数据局 RESPONSIBLE(按职责分工落实)
            市应急局等部门
            => 市应急局 RESPONSIBLE
            各成员单位
            => 各成员单位* RESPONSIBLE
            市安委会各成员单位
            => 市安委会各成员单位* RESPONSIBLE
            有关单位按职责分工负责
            => 有关单位* RESPONSIBLE(按职责分工负责)
            市发改委、市财政局、市自然资源局（以上单位均为责任单位）
            => 市发改委 RESPONSIBLE(责任单位) | 市财政局 RESPONSIBLE(责任单位) | 市自然资源局 RESPONSIBLE(责任单位)
            市发改委、市财政局，以上单位均为责任单位
            => 市发改委 RESPONSIBLE(责任单位) | 市财政局 RESPONSIBLE(责任单位)
            市民政局、市财政局。以上单位均为配合单位
            => 市民政局 SUPPORT(配合单位) | 市财政局 SUPPORT(配合单位)
            市委办公室、市政府办公室
            => 市委办公室 RESPONSIBLE | 市政府办公室 RESPONSIBLE
            市委宣传部、市文明办牵头，各县区、市直各部门负责
            => 市委宣传部 LEAD(牵头) | 市文明办 LEAD(牵头) | 各县区* RESPONSIBLE(负责) | 市直各部门* RESPONSIBLE(负责)
            市委编办牵头，市直各部门配合
            => 市委编办 LEAD(牵头) | 市直各部门* SUPPORT(配合)
            市纪委监委、市委组织部
            => 市纪委监委 RESPONSIBLE | 市委组织部 RESPONSIBLE
            市中级人民法院、市人民检察院、市公安局、市司法局
            => 市中级人民法院 RESPONSIBLE | 市人民检察院 RESPONSIBLE | 市公安局 RESPONSIBLE | 市司法局 RESPONSIBLE
            团市委、市妇联、市残联、市科协
            => 团市委 RESPONSIBLE | 市妇联 RESPONSIBLE | 市残联 RESPONSIBLE | 市科协 RESPONSIBLE
            市科协牵头，市教育局、团市委配合
            => 市科协 LEAD(牵头) | 市教育局 SUPPORT(配合) | 团市委 SUPPORT(配合)
            市红十字会、市慈善总会
            => 市红十字会 RESPONSIBLE | 市慈善总会 RESPONSIBLE
            市委政法委牵头，市中级人民法院、市人民检察院、市公安局、市司法局按职责分工负责
            => 市委政法委 LEAD(牵头) | 市中级人民法院 RESPONSIBLE(按职责分工负责) | 市人民检察院 RESPONSIBLE(按职责分工负责) | 市公安局 RESPONSIBLE(按职责分工负责) | 市司法局 RESPONSIBLE(按职责分工负责)
            市委宣传部（市新闻出版局）、市委网信办
            => 市委宣传部（市新闻出版局） RESPONSIBLE | 市委网信办 RESPONSIBLE
            市发展改革委（市粮食和储备局）
            => 市发展改革委（市粮食和储备局） RESPONSIBLE
            市发改委（市粮食局）牵头，市财政局配合
            => 市发改委（市粮食局） LEAD(牵头) | 市财政局 SUPPORT(配合)
            市住建局（市人防办）牵头，市自然资源和规划局、市城管局配合
            => 市住建局（市人防办） LEAD(牵头) | 市自然资源和规划局 SUPPORT(配合) | 市城管局 SUPPORT(配合)
            市委网信办牵头，市委宣传部、市公安局、市文广旅局配合
            => 市委网信办 LEAD(牵头) | 市委宣传部 SUPPORT(配合) | 市公安局 SUPPORT(配合) | 市文广旅局 SUPPORT(配合)
            市委组织部牵头，市人社局、市财政局配合；各县区党委组织部负责落实
            => 市委组织部 LEAD(牵头) | 市人社局 SUPPORT(配合) | 市财政局 SUPPORT(配合) | 各县区党委组织部* RESPONSIBLE(负责落实)
            市委编办、市委机构编制委员会办公室
            => 市委编办 RESPONSIBLE | 市委机构编制委员会办公室 RESPONSIBLE
            市纪委监委派驻纪检监察组
            => 市纪委监委派驻纪检监察组 RESPONSIBLE
            县纪委监委机关、县委巡察办
            => 县纪委监委机关 RESPONSIBLE | 县委巡察办 RESPONSIBLE

            # 市级: roles
            市医保局牵头负责，市卫健委、市财政局配合
            => 市医保局 LEAD(牵头负责) | 市卫健委 SUPPORT(配合) | 市财政局 SUPPORT(配合)
            市人社局负责
            => 市人社局 RESPONSIBLE(负责)
            市教育局、市科技局分别牵头
            => 市教育局 LEAD(分别牵头) | 市科技局 LEAD(分别牵头)
            市发改委会同有关部门
            => 市发改委 LEAD(会同) | 有关部门* SUPPORT(会同)
            由市发改委牵头，市直有关部门配合
            => 市发改委 LEAD(牵头) | 市直有关部门* SUPPORT(配合)
            市民政局牵头，市财政局、市卫健委、市医保局等部门配合
            => 市民政局 LEAD(牵头) | 市财政局 SUPPORT(配合) | 市卫健委 SUPPORT(配合) | 市医保局 SUPPORT(配合)
            市住建局等相关部门
            => 市住建局 RESPONSIBLE | 相关部门* RESPONSIBLE
            市生态环境局及相关部门
            => 市生态环境局 RESPONSIBLE | 相关部门* RESPONSIBLE
            市发改委、市财政局、市住建局、市交通局、市水利局等市直有关部门
            => 市发改委 RESPONSIBLE | 市财政局 RESPONSIBLE | 市住建局 RESPONSIBLE | 市交通局 RESPONSIBLE | 市水利局 RESPONSIBLE | 市直有关部门* RESPONSIBLE
            市发改委、市工信局等13个部门
            => 市发改委 RESPONSIBLE | 市工信局 RESPONSIBLE
            市场监管局会同公安、卫健等部门
            => 市场监管局 LEAD(会同) | 公安=>公安部门 SUPPORT(会同) | 卫健=>卫健部门 SUPPORT(会同)
            市发改委统筹，各县区落实
            => 市发改委 LEAD(统筹) | 各县区* RESPONSIBLE(落实)
            市政府各部门按照职责分工抓好落实
            => 市政府各部门* RESPONSIBLE(按照职责分工抓好落实)
            市发改委为牵头单位，市财政局为配合单位
            => 市发改委 LEAD(牵头单位) | 市财政局 SUPPORT(配合单位)
            市教育局（牵头单位）、市财政局（配合单位）
            => 市教育局 LEAD(牵头单位) | 市财政局 SUPPORT(配合单位)
            市教育局、市财政局、市人社局（市教育局牵头）
            => 市教育局 LEAD(牵头) | 市财政局 RESPONSIBLE | 市人社局 RESPONSIBLE
            【牵头单位】市发改委【配合单位】市财政局、市统计局
            => 市发改委 LEAD(牵头单位) | 市财政局 SUPPORT(配合单位) | 市统计局 SUPPORT(配合单位)
            市教育局（牵头）、市财政局（配合）
            => 市教育局 LEAD(牵头) | 市财政局 SUPPORT(配合)
            市委宣传部牵头，市文明办、团市委等配合
            => 市委宣传部 LEAD(牵头) | 市文明办 SUPPORT(配合) | 团市委 SUPPORT(配合)
            市发改委牵头，市财政局、市人社局等配合，各县区落实
            => 市发改委 LEAD(牵头) | 市财政局 SUPPORT(配合) | 市人社局 SUPPORT(配合) | 各县区* RESPONSIBLE(落实)
            市直各部门按职责分工负责
            => 市直各部门* RESPONSIBLE(按职责分工负责)
            市人社局牵头，市财政局、市税务局、市医保局按职责分工负责
            => 市人社局 LEAD(牵头) | 市财政局 RESPONSIBLE(按职责分工负责) | 市税务局 RESPONSIBLE(按职责分工负责) | 市医保局 RESPONSIBLE(按职责分工负责)
            市住建局牵头抓总，各县区具体负责
            => 市住建局 LEAD(牵头抓总) | 各县区* RESPONSIBLE(具体负责)
            市生态环境局牵头，市直相关部门和各县区政府配合
            => 市生态环境局 LEAD(牵头) | 市直相关部门* SUPPORT(配合) | 各县区政府* SUPPORT(配合)
            市交通运输局负责，市公安局配合
            => 市交通运输局 RESPONSIBLE(负责) | 市公安局 SUPPORT(配合)
            市数据局牵头，各县区、市直各部门配合
            => 市数据局 LEAD(牵头) | 各县区* SUPPORT(配合) | 市直各部门* SUPPORT(配合)
            各县（市、区）政府负总责，市直有关部门指导
            => 各县（市、区）政府* RESPONSIBLE(负总责) | 市直有关部门* GUIDE(指导)
            各县区政府落实主体责任，市直有关部门加强指导
            => 各县区政府* PRINCIPAL(落实主体责任) | 市直有关部门* GUIDE(加强指导)
            市卫健委牵头，市直有关部门积极配合
            => 市卫健委 LEAD(牵头) | 市直有关部门* SUPPORT(积极配合)
            市政府办公室牵头，市直各部门配合（排名不分先后）
            => 市政府办公室 LEAD(牵头) | 市直各部门* SUPPORT(配合)
            市发改委、市财政局（排名不分先后）
            => 市发改委 RESPONSIBLE | 市财政局 RESPONSIBLE
            市教育局、市财政局、市人社局（列第一位者为牵头单位）
            => 市教育局 LEAD | 市财政局 SUPPORT | 市人社局 SUPPORT
            市发改委负责统筹，市财政局负责资金保障
            => 市发改委 RESPONSIBLE(负责) | 市财政局 RESPONSIBLE(负责)
            区发改局会同区财政局、区统计局
            => 区发改局 LEAD(会同) | 区财政局 SUPPORT(会同) | 区统计局 SUPPORT(会同)
            区委组织部、区委编办、区人社局按职责分工负责
            => 区委组织部 RESPONSIBLE(按职责分工负责) | 区委编办 RESPONSIBLE(按职责分工负责) | 区人社局 RESPONSIBLE(按职责分工负责)
            区直各有关单位按照各自职责分工负责
            => 区直各有关单位* RESPONSIBLE(按照各自职责分工负责)
            各县（市、区）政府、市直各部门各负其责
            => 各县（市、区）政府* RESPONSIBLE(各负其责) | 市直各部门* RESPONSIBLE(各负其责)

            # 市级: institutions, enterprises, vertical bodies
            市委网信办牵头，市公安局、市通信管理办、国网台州供电公司配合
            => 市委网信办 LEAD(牵头) | 市公安局 SUPPORT(配合) | 市通信管理办 SUPPORT(配合) | 国网台州供电公司 SUPPORT(配合)
            市金融办、人民银行丽水市中心支行、丽水银保监分局
            => 市金融办 RESPONSIBLE | 人民银行丽水市中心支行 RESPONSIBLE | 丽水银保监分局 RESPONSIBLE
            市商务局牵头，市市场监管局、台州海关配合
            => 市商务局 LEAD(牵头) | 市市场监管局 SUPPORT(配合) | 台州海关 SUPPORT(配合)
            国网台州供电公司、市发改委
            => 国网台州供电公司 RESPONSIBLE | 市发改委 RESPONSIBLE
            市发改委、供电公司
            => 市发改委 RESPONSIBLE | 供电公司 RESPONSIBLE
            中国移动台州分公司、中国电信台州分公司、中国联通台州分公司
            => 中国移动台州分公司 RESPONSIBLE | 中国电信台州分公司 RESPONSIBLE | 中国联通台州分公司 RESPONSIBLE
            市邮政管理局、市邮政分公司
            => 市邮政管理局 RESPONSIBLE | 市邮政分公司 RESPONSIBLE
            市卫健委、市疾控中心
            => 市卫健委 RESPONSIBLE | 市疾控中心 RESPONSIBLE
            市大数据中心、市融媒体中心
            => 市大数据中心 RESPONSIBLE | 市融媒体中心 RESPONSIBLE
            市农科院、市水文站
            => 市农科院 RESPONSIBLE | 市水文站 RESPONSIBLE
            市公安局交警支队、市消防救援支队
            => 市公安局交警支队 RESPONSIBLE | 市消防救援支队 RESPONSIBLE
            市城投集团、市交投公司
            => 市城投集团 RESPONSIBLE | 市交投公司 RESPONSIBLE
            市第一人民医院、市中医院
            => 市第一人民医院 RESPONSIBLE | 市中医院 RESPONSIBLE
            市文化馆、市图书馆、市博物馆
            => 市文化馆 RESPONSIBLE | 市图书馆 RESPONSIBLE | 市博物馆 RESPONSIBLE
            市气象局、市水文中心
            => 市气象局 RESPONSIBLE | 市水文中心 RESPONSIBLE
            市档案馆、市史志办
            => 市档案馆 RESPONSIBLE | 市史志办 RESPONSIBLE
            市机关事务管理局、市级机关工委
            => 市机关事务管理局 RESPONSIBLE | 市级机关工委 RESPONSIBLE
            市委党校、市行政学院
            => 市委党校 RESPONSIBLE | 市行政学院 RESPONSIBLE
            市职业技术学院、市第一中学
            => 市职业技术学院 RESPONSIBLE | 市第一中学 RESPONSIBLE
            市税务局、市社保中心
            => 市税务局 RESPONSIBLE | 市社保中心 RESPONSIBLE
            市发展和改革委员会、市财政局、市自然资源局、市住房和城乡建设局
            => 市发展和改革委员会 RESPONSIBLE | 市财政局 RESPONSIBLE | 市自然资源局 RESPONSIBLE | 市住房和城乡建设局 RESPONSIBLE
            市工业和信息化局和市商务局
            => 市工业和信息化局 RESPONSIBLE | 市商务局 RESPONSIBLE
            市发改委与市财政局
            => 市发改委 RESPONSIBLE | 市财政局 RESPONSIBLE
            市文化和旅游局以及市体育局
            => 市文化和旅游局 RESPONSIBLE | 市体育局 RESPONSIBLE
            市政府办（市大数据局）
            => 市政府办（市大数据局） RESPONSIBLE
            市教育局、各县（市、区）教育局
            => 市教育局 RESPONSIBLE | 各县（市、区）教育局* RESPONSIBLE
            市公安局及各分局
            => 市公安局 RESPONSIBLE | 各分局* RESPONSIBLE
            市自然资源和规划局、市林业局及各县区政府
            => 市自然资源和规划局 RESPONSIBLE | 市林业局 RESPONSIBLE | 各县区政府* RESPONSIBLE
            市发改委、财政局
            => 市发改委 RESPONSIBLE | 财政局=>市财政局 RESPONSIBLE

            # Collectives across levels
            各县（市、区）人民政府、市直有关部门按职责分工负责
            => 各县（市、区）人民政府* RESPONSIBLE(按职责分工负责) | 市直有关部门* RESPONSIBLE(按职责分工负责)
            各县（市、区）政府，市级有关单位
            => 各县（市、区）政府* RESPONSIBLE | 市级有关单位* RESPONSIBLE
            各县区人民政府、市直有关部门按职责分工负责
            => 各县区人民政府* RESPONSIBLE(按职责分工负责) | 市直有关部门* RESPONSIBLE(按职责分工负责)
            市政府有关部门，各县（市、区）人民政府
            => 市政府有关部门* RESPONSIBLE | 各县（市、区）人民政府* RESPONSIBLE
            各地各部门
            => 各地各部门* RESPONSIBLE
            各地、各部门
            => 各地* RESPONSIBLE | 各部门* RESPONSIBLE
            全市各级各部门
            => 全市各级各部门* RESPONSIBLE
            各级各类学校
            => 各级各类学校* RESPONSIBLE
            市级相关部门、各县（市、区）
            => 市级相关部门* RESPONSIBLE | 各县（市、区）* RESPONSIBLE
            有关县（市、区）政府
            => 有关县（市、区）政府* RESPONSIBLE
            市直各部门（单位）、各县（市、区）
            => 市直各部门（单位）* RESPONSIBLE | 各县（市、区）* RESPONSIBLE
            各县（市、区）、市直各单位
            => 各县（市、区）* RESPONSIBLE | 市直各单位* RESPONSIBLE
            各县（市、区）人民政府，市发改委、市财政局等有关部门
            => 各县（市、区）人民政府* RESPONSIBLE | 市发改委 RESPONSIBLE | 市财政局 RESPONSIBLE | 有关部门* RESPONSIBLE
            各县（市、区）政府（管委会）
            => 各县（市、区）政府（管委会）* RESPONSIBLE
            各县区政府、高新区管委会
            => 各县区政府* RESPONSIBLE | 高新区管委会 RESPONSIBLE
            市、县两级政府
            => 市、县两级政府* RESPONSIBLE
            市、区两级财政部门
            => 市、区两级财政部门* RESPONSIBLE
            各县（市、区）党委、政府
            => 各县（市、区）党委* RESPONSIBLE | 政府=>各县（市、区）政府* RESPONSIBLE
            各县（市、区）党委和政府
            => 各县（市、区）党委和政府* RESPONSIBLE
            各县市区党委政府
            => 各县市区党委政府* RESPONSIBLE
            各级党委和政府
            => 各级党委和政府* RESPONSIBLE
            各中小学校
            => 各中小学校* RESPONSIBLE
            市商务局牵头，各县（市、区）政府、各开发区管委会配合
            => 市商务局 LEAD(牵头) | 各县（市、区）政府* SUPPORT(配合) | 各开发区管委会* SUPPORT(配合)
            各开发区（园区）管委会
            => 各开发区（园区）管委会* RESPONSIBLE

            # 县级 (county)
            县委办、县政府办
            => 县委办 RESPONSIBLE | 县政府办 RESPONSIBLE
            县委组织部、县人社局、县财政局
            => 县委组织部 RESPONSIBLE | 县人社局 RESPONSIBLE | 县财政局 RESPONSIBLE
            县发改局牵头，县直各有关单位配合
            => 县发改局 LEAD(牵头) | 县直各有关单位* SUPPORT(配合)
            县自然资源和规划局、县林业局
            => 县自然资源和规划局 RESPONSIBLE | 县林业局 RESPONSIBLE
            县疾控中心、各乡镇卫生院
            => 县疾控中心 RESPONSIBLE | 各乡镇卫生院* RESPONSIBLE
            县财政局（县国资办）
            => 县财政局（县国资办） RESPONSIBLE
            各乡镇（街道）、县直相关单位
            => 各乡镇（街道）* RESPONSIBLE | 县直相关单位* RESPONSIBLE
            县教育体育局牵头，各乡镇人民政府配合
            => 县教育体育局 LEAD(牵头) | 各乡镇人民政府* SUPPORT(配合)
            县住建局、县城管执法局、县市场监管局按职责分工负责
            => 县住建局 RESPONSIBLE(按职责分工负责) | 县城管执法局 RESPONSIBLE(按职责分工负责) | 县市场监管局 RESPONSIBLE(按职责分工负责)
            县委宣传部、县融媒体中心
            => 县委宣传部 RESPONSIBLE | 县融媒体中心 RESPONSIBLE
            县应急管理局牵头，县公安局、县交通运输局、县消防救援大队配合
            => 县应急管理局 LEAD(牵头) | 县公安局 SUPPORT(配合) | 县交通运输局 SUPPORT(配合) | 县消防救援大队 SUPPORT(配合)
            县农业农村局、县乡村振兴局
            => 县农业农村局 RESPONSIBLE | 县乡村振兴局 RESPONSIBLE
            各乡镇党委、政府
            => 各乡镇党委* RESPONSIBLE | 政府=>各乡镇政府* RESPONSIBLE
            县公安局及各派出所
            => 县公安局 RESPONSIBLE | 各派出所* RESPONSIBLE
            县水利局、县水文站
            => 县水利局 RESPONSIBLE | 县水文站 RESPONSIBLE
            县政府办牵头，各乡镇、县直各部门负责落实
            => 县政府办 LEAD(牵头) | 各乡镇* RESPONSIBLE(负责落实) | 县直各部门* RESPONSIBLE(负责落实)
            县卫健委，各乡镇人民政府
            => 县卫健委 RESPONSIBLE | 各乡镇人民政府* RESPONSIBLE
            县委统战部（县民宗局）
            => 县委统战部（县民宗局） RESPONSIBLE
            县人武部、县退役军人事务局
            => 县人武部 RESPONSIBLE | 县退役军人事务局 RESPONSIBLE
            县税务局、县社保中心、县医保局
            => 县税务局 RESPONSIBLE | 县社保中心 RESPONSIBLE | 县医保局 RESPONSIBLE
            县委办、县政府办牵头，县直各单位、各乡镇配合
            => 县委办 LEAD(牵头) | 县政府办 LEAD(牵头) | 县直各单位* SUPPORT(配合) | 各乡镇* SUPPORT(配合)
            县发改局、财政局、审计局
            => 县发改局 RESPONSIBLE | 财政局=>县财政局 RESPONSIBLE | 审计局=>县审计局 RESPONSIBLE

            # 区级 (district)
            区民政局牵头，区财政局、区卫健局配合，各街道办事处负责落实
            => 区民政局 LEAD(牵头) | 区财政局 SUPPORT(配合) | 区卫健局 SUPPORT(配合) | 各街道办事处* RESPONSIBLE(负责落实)
            各街道、区直各部门
            => 各街道* RESPONSIBLE | 区直各部门* RESPONSIBLE
            区城管执法局、各街道
            => 区城管执法局 RESPONSIBLE | 各街道* RESPONSIBLE
            高新区管委会、经开区管委会
            => 高新区管委会 RESPONSIBLE | 经开区管委会 RESPONSIBLE
            区发改局、高新区管委会
            => 区发改局 RESPONSIBLE | 高新区管委会 RESPONSIBLE
            区教育局、区卫健局（按职责分工负责）
            => 区教育局 RESPONSIBLE(按职责分工负责) | 区卫健局 RESPONSIBLE(按职责分工负责)
            区市场监管局、区商务局、各街道（园区）
            => 区市场监管局 RESPONSIBLE | 区商务局 RESPONSIBLE | 各街道（园区）* RESPONSIBLE
            区委政法委、区公安分局、区司法局
            => 区委政法委 RESPONSIBLE | 区公安分局 RESPONSIBLE | 区司法局 RESPONSIBLE
            区住建局牵头，区自然资源分局、区城管局配合
            => 区住建局 LEAD(牵头) | 区自然资源分局 SUPPORT(配合) | 区城管局 SUPPORT(配合)
            各街道办事处、各社区居委会
            => 各街道办事处* RESPONSIBLE | 各社区居委会* RESPONSIBLE
            区财政局、区审计局、区统计局
            => 区财政局 RESPONSIBLE | 区审计局 RESPONSIBLE | 区统计局 RESPONSIBLE
            区教体局牵头，各学校落实
            => 区教体局 LEAD(牵头) | 各学校* RESPONSIBLE(落实)
            区卫健局、区疾控中心、各社区卫生服务中心
            => 区卫健局 RESPONSIBLE | 区疾控中心 RESPONSIBLE | 各社区卫生服务中心* RESPONSIBLE
            区财政局会同区发改局
            => 区财政局 LEAD(会同) | 区发改局 SUPPORT(会同)
            区司法局、各镇（街道）、区直各单位
            => 区司法局 RESPONSIBLE | 各镇（街道）* RESPONSIBLE | 区直各单位* RESPONSIBLE
            区委区政府
            => 区委 RESPONSIBLE | 区政府 RESPONSIBLE
            区民政局、退役军人事务局、人社局
            => 区民政局 RESPONSIBLE | 退役军人事务局=>区退役军人事务局 RESPONSIBLE | 人社局=>区人社局 RESPONSIBLE

            # 旗 / 苏木 (banner)
            旗委办、政府办
            => 旗委办 RESPONSIBLE | 政府办=>旗政府办 RESPONSIBLE
            旗直各部门、各苏木镇
            => 旗直各部门* RESPONSIBLE | 各苏木镇* RESPONSIBLE
            旗农牧局牵头，各苏木镇人民政府配合
            => 旗农牧局 LEAD(牵头) | 各苏木镇人民政府* SUPPORT(配合)
            各苏木镇（街道）、旗直有关部门
            => 各苏木镇（街道）* RESPONSIBLE | 旗直有关部门* RESPONSIBLE
            旗卫健委、旗医保局、旗疾控中心
            => 旗卫健委 RESPONSIBLE | 旗医保局 RESPONSIBLE | 旗疾控中心 RESPONSIBLE
            各嘎查村（社区）
            => 各嘎查村（社区）* RESPONSIBLE
            旗应急管理局、旗消防救援大队
            => 旗应急管理局 RESPONSIBLE | 旗消防救援大队 RESPONSIBLE
            旗政府办牵头，各苏木镇、旗直各部门落实
            => 旗政府办 LEAD(牵头) | 各苏木镇* RESPONSIBLE(落实) | 旗直各部门* RESPONSIBLE(落实)

            # 镇 / 街道 (town, street)
            镇综治中心、派出所、司法所
            => 镇综治中心 RESPONSIBLE | 派出所=>镇派出所 RESPONSIBLE | 司法所=>镇司法所 RESPONSIBLE
            镇农业综合服务中心、各村
            => 镇农业综合服务中心 RESPONSIBLE | 各村* RESPONSIBLE
            镇党政办、镇财政所
            => 镇党政办 RESPONSIBLE | 镇财政所 RESPONSIBLE
            街道党政办、各社区
            => 街道党政办 RESPONSIBLE | 各社区* RESPONSIBLE
            各村（社区）党组织
            => 各村（社区）党组织* RESPONSIBLE
            镇政府、各村委会
            => 镇政府 RESPONSIBLE | 各村委会* RESPONSIBLE
            镇党委、政府
            => 镇党委 RESPONSIBLE | 政府=>镇政府 RESPONSIBLE
            街道党工委、办事处
            => 街道党工委 RESPONSIBLE | 办事处=>街道办事处 RESPONSIBLE
            镇党委牵头，各村（社区）落实
            => 镇党委 LEAD(牵头) | 各村（社区）* RESPONSIBLE(落实)

            # 开发区 (development zones)
            盐城经开区管委会、盐南高新区管委会
            => 盐城经开区管委会 RESPONSIBLE | 盐南高新区管委会 RESPONSIBLE
            高新区经发局、高新区财政局
            => 高新区经发局 RESPONSIBLE | 高新区财政局 RESPONSIBLE

            # Labelled parts
            牵头单位：市发改委；责任单位：市直各部门、各县（市、区）人民政府
            => 市发改委 LEAD(牵头单位) | 市直各部门* RESPONSIBLE(责任单位) | 各县（市、区）人民政府* RESPONSIBLE(责任单位)
            配合单位：市财政局、市审计局
            => 市财政局 SUPPORT(配合单位) | 市审计局 SUPPORT(配合单位)
            责任单位：市教育局（牵头）、市财政局
            => 市教育局 LEAD(牵头) | 市财政局 RESPONSIBLE(责任单位)
            主办单位：市民政局；协办单位：市财政局
            => 市民政局 LEAD(主办单位) | 市财政局 SUPPORT(协办单位)
            牵头部门：市卫健委 配合部门：市医保局
            => 市卫健委 LEAD(牵头部门) | 市医保局 SUPPORT(配合部门)
            责任处室：规划处、财务处
            => 规划处 RESPONSIBLE(责任处室) | 财务处 RESPONSIBLE(责任处室)
            责任科室：办公室、政策法规科
            => 办公室 RESPONSIBLE(责任科室) | 政策法规科 RESPONSIBLE(责任科室)
            牵头单位：1.市发改委 2.市财政局
            => 市发改委 LEAD(牵头单位) | 市财政局 LEAD(牵头单位)
            责任单位：市住建局、市城管局
            => 市住建局 RESPONSIBLE(责任单位) | 市城管局 RESPONSIBLE(责任单位)
            牵头单位：市卫健委\\n配合单位：市医保局、市市场监管局
            => 市卫健委 LEAD(牵头单位) | 市医保局 SUPPORT(配合单位) | 市市场监管局 SUPPORT(配合单位)
            牵头单位：市数据局 责任单位：各县区、市直各部门
            => 市数据局 LEAD(牵头单位) | 各县区* RESPONSIBLE(责任单位) | 市直各部门* RESPONSIBLE(责任单位)
            市委宣传部牵头；配合：市网信办、市公安局
            => 市委宣传部 LEAD(牵头) | 市网信办 SUPPORT(配合) | 市公安局 SUPPORT(配合)
            牵头单位:市司法局;配合单位:市直各部门
            => 市司法局 LEAD(牵头单位) | 市直各部门* SUPPORT(配合单位)

            # Leaders are assignees marked as persons, not units
            责任领导：王建国\\n责任单位：市发改委
            => 王建国@ RESPONSIBLE(责任领导) | 市发改委 RESPONSIBLE(责任单位)
            牵头领导：李明副市长；牵头单位：市教育局；配合单位：市财政局、市人社局
            => 李明副市长@ LEAD(牵头领导) | 市教育局 LEAD(牵头单位) | 市财政局 SUPPORT(配合单位) | 市人社局 SUPPORT(配合单位)
            责任人：张三；责任单位：市发改委
            => 张三@ RESPONSIBLE(责任人) | 市发改委 RESPONSIBLE(责任单位)
            分管领导：李四\\n责任部门：办公室
            => 李四@ RESPONSIBLE(分管领导) | 办公室 RESPONSIBLE(责任部门)
            牵头单位：市发改委\\n责任单位：市直各部门\\n责任领导：张三
            => 市发改委 LEAD(牵头单位) | 市直各部门* RESPONSIBLE(责任单位) | 张三@ RESPONSIBLE(责任领导)
            市发改委（责任领导：王副市长）
            => 市发改委 RESPONSIBLE | 王副市长@ RESPONSIBLE(责任领导)
            王建国副市长牵头，市发改委、市财政局负责
            => 王建国副市长@ LEAD(牵头) | 市发改委 RESPONSIBLE(负责) | 市财政局 RESPONSIBLE(负责)
            市政府分管领导、市发改委
            => 市政府分管领导@ RESPONSIBLE | 市发改委 RESPONSIBLE

            # Numbered and multi-line lists
            1.市财政局 2.市审计局
            => 市财政局 RESPONSIBLE | 市审计局 RESPONSIBLE
            1.市发改委（牵头）\\n2.市财政局\\n3.市商务局
            => 市发改委 LEAD(牵头) | 市财政局 RESPONSIBLE | 市商务局 RESPONSIBLE
            1、市教育局；2、市财政局
            => 市教育局 RESPONSIBLE | 市财政局 RESPONSIBLE
            （1）市发改委牵头；（2）市财政局配合
            => 市发改委 LEAD(牵头) | 市财政局 SUPPORT(配合)
            ①市公安局②市司法局
            => 市公安局 RESPONSIBLE | 市司法局 RESPONSIBLE
            市教育局牵头\\n市财政局、市人社局配合
            => 市教育局 LEAD(牵头) | 市财政局 SUPPORT(配合) | 市人社局 SUPPORT(配合)
            市发改委（牵头）\\n市财政局\\n市统计局
            => 市发改委 LEAD(牵头) | 市财政局 RESPONSIBLE | 市统计局 RESPONSIBLE
            市卫健委牵头\\n各县（市、区）人民政府负责
            => 市卫健委 LEAD(牵头) | 各县（市、区）人民政府* RESPONSIBLE(负责)
            市委组织部\\n市委宣传部\\n市委统战部
            => 市委组织部 RESPONSIBLE | 市委宣传部 RESPONSIBLE | 市委统战部 RESPONSIBLE

            # Column headers give the default role
            牵头单位 || 市发改委、市财政局
            => 市发改委 LEAD | 市财政局 LEAD
            配合单位 || 市财政局，各县区
            => 市财政局 SUPPORT | 各县区* SUPPORT
            主体责任单位 || 各县（市、区）政府，市直有关部门
            => 各县（市、区）政府* PRINCIPAL | 市直有关部门* PRINCIPAL
            牵头单位 || 市发改委（市粮食局）
            => 市发改委（市粮食局） LEAD
            配合单位 || 市直有关部门
            => 市直有关部门* SUPPORT
            责任部门 || 办公室、财务科
            => 办公室 RESPONSIBLE | 财务科 RESPONSIBLE
            牵头单位 || 市教育局、市财政局（以上单位均为牵头单位）
            => 市教育局 LEAD(牵头单位) | 市财政局 LEAD(牵头单位)

            # Held-out batch: written before the parser was run on them
            市发展改革委、市财政局按职责分工负责
            => 市发展改革委 RESPONSIBLE(按职责分工负责) | 市财政局 RESPONSIBLE(按职责分工负责)
            市教育局牵头，市委编办、市财政局、市人力资源社会保障局按职责分工负责
            => 市教育局 LEAD(牵头) | 市委编办 RESPONSIBLE(按职责分工负责) | 市财政局 RESPONSIBLE(按职责分工负责) | 市人力资源社会保障局 RESPONSIBLE(按职责分工负责)
            各县（市、区）党委和政府，市直有关单位
            => 各县（市、区）党委和政府* RESPONSIBLE | 市直有关单位* RESPONSIBLE
            市委办、市政府办牵头，市直各单位落实
            => 市委办 LEAD(牵头) | 市政府办 LEAD(牵头) | 市直各单位* RESPONSIBLE(落实)
            区政府办公室、区融媒体中心
            => 区政府办公室 RESPONSIBLE | 区融媒体中心 RESPONSIBLE
            市文明办牵头，各县（市、区）、市直各部门配合
            => 市文明办 LEAD(牵头) | 各县（市、区）* SUPPORT(配合) | 市直各部门* SUPPORT(配合)
            市工信局牵头，市发改委、市科技局、市商务局等部门按职责分工负责
            => 市工信局 LEAD(牵头) | 市发改委 RESPONSIBLE(按职责分工负责) | 市科技局 RESPONSIBLE(按职责分工负责) | 市商务局 RESPONSIBLE(按职责分工负责)
            市自然资源局、市生态环境局、市住建局、市水务局
            => 市自然资源局 RESPONSIBLE | 市生态环境局 RESPONSIBLE | 市住建局 RESPONSIBLE | 市水务局 RESPONSIBLE
            市农业农村局牵头，市乡村振兴局、市供销社配合
            => 市农业农村局 LEAD(牵头) | 市乡村振兴局 SUPPORT(配合) | 市供销社 SUPPORT(配合)
            市城市管理局、各区政府
            => 市城市管理局 RESPONSIBLE | 各区政府* RESPONSIBLE
            市林草局、市水利局
            => 市林草局 RESPONSIBLE | 市水利局 RESPONSIBLE
            区应急管理局、区消防救援大队、各街道
            => 区应急管理局 RESPONSIBLE | 区消防救援大队 RESPONSIBLE | 各街道* RESPONSIBLE
            镇人民政府、各村民委员会
            => 镇人民政府 RESPONSIBLE | 各村民委员会* RESPONSIBLE
            县委政法委牵头，县法院、县检察院、县公安局、县司法局配合
            => 县委政法委 LEAD(牵头) | 县法院 SUPPORT(配合) | 县检察院 SUPPORT(配合) | 县公安局 SUPPORT(配合) | 县司法局 SUPPORT(配合)
            市委老干部局
            => 市委老干部局 RESPONSIBLE
            市档案局（馆）
            => 市档案局（馆） RESPONSIBLE
            市政府研究室、市发展研究中心
            => 市政府研究室 RESPONSIBLE | 市发展研究中心 RESPONSIBLE
            县市场监管局牵头，县卫健局、县农业农村局、各乡镇配合
            => 县市场监管局 LEAD(牵头) | 县卫健局 SUPPORT(配合) | 县农业农村局 SUPPORT(配合) | 各乡镇* SUPPORT(配合)
            旗委组织部、旗人社局、旗财政局
            => 旗委组织部 RESPONSIBLE | 旗人社局 RESPONSIBLE | 旗财政局 RESPONSIBLE
            旗委宣传部牵头，旗直各部门、各苏木镇（街道）配合
            => 旗委宣传部 LEAD(牵头) | 旗直各部门* SUPPORT(配合) | 各苏木镇（街道）* SUPPORT(配合)
            各苏木镇人民政府（街道办事处）
            => 各苏木镇人民政府（街道办事处）* RESPONSIBLE
            市医保局、市卫健委、市市场监管局按职责分工负责
            => 市医保局 RESPONSIBLE(按职责分工负责) | 市卫健委 RESPONSIBLE(按职责分工负责) | 市市场监管局 RESPONSIBLE(按职责分工负责)
            市妇联牵头，市教育局、市民政局、市卫健委配合
            => 市妇联 LEAD(牵头) | 市教育局 SUPPORT(配合) | 市民政局 SUPPORT(配合) | 市卫健委 SUPPORT(配合)
            市住房公积金管理中心
            => 市住房公积金管理中心 RESPONSIBLE
            市政务服务中心、各县（市、区）政务服务中心
            => 市政务服务中心 RESPONSIBLE | 各县（市、区）政务服务中心* RESPONSIBLE
            市交通运输局牵头，市公安局交警支队、市城管局配合
            => 市交通运输局 LEAD(牵头) | 市公安局交警支队 SUPPORT(配合) | 市城管局 SUPPORT(配合)
            市人社局（市医保局）
            => 市人社局（市医保局） RESPONSIBLE
            省人力资源社会保障厅牵头，省教育厅、省财政厅配合
            => 省人力资源社会保障厅 LEAD(牵头) | 省教育厅 SUPPORT(配合) | 省财政厅 SUPPORT(配合)
            市人民政府各部门、各直属机构
            => 市人民政府各部门* RESPONSIBLE | 各直属机构* RESPONSIBLE
            市委各部门、市级国家机关各部门
            => 市委各部门* RESPONSIBLE | 市级国家机关各部门* RESPONSIBLE
            市直机关工委
            => 市直机关工委 RESPONSIBLE
            市发改委（市能源局）、国网宁波供电公司
            => 市发改委（市能源局） RESPONSIBLE | 国网宁波供电公司 RESPONSIBLE
            市财政局会同市税务局负责
            => 市财政局 LEAD(会同) | 市税务局 SUPPORT(会同)
            市财政局牵头，会同市发改委
            => 市财政局 LEAD(牵头) | 市发改委 SUPPORT(会同)
            县发改局、县统计局、各乡镇（街道）
            => 县发改局 RESPONSIBLE | 县统计局 RESPONSIBLE | 各乡镇（街道）* RESPONSIBLE
            区委宣传部（区网信办）
            => 区委宣传部（区网信办） RESPONSIBLE
            市委组织部、市委宣传部、市委统战部等市委有关部门
            => 市委组织部 RESPONSIBLE | 市委宣传部 RESPONSIBLE | 市委统战部 RESPONSIBLE | 市委有关部门* RESPONSIBLE
            市公安局、市司法局、市信访局，各县（市、区）
            => 市公安局 RESPONSIBLE | 市司法局 RESPONSIBLE | 市信访局 RESPONSIBLE | 各县（市、区）* RESPONSIBLE
            市生态环境局牵头，市发改委、市工信局、市住建局、市交通运输局、市农业农村局等部门配合
            => 市生态环境局 LEAD(牵头) | 市发改委 SUPPORT(配合) | 市工信局 SUPPORT(配合) | 市住建局 SUPPORT(配合) | 市交通运输局 SUPPORT(配合) | 市农业农村局 SUPPORT(配合)
            市卫生健康委员会牵头，市教育局、市体育局配合
            => 市卫生健康委员会 LEAD(牵头) | 市教育局 SUPPORT(配合) | 市体育局 SUPPORT(配合)
            市教育局牵头，各县（市、区）教育局负责落实
            => 市教育局 LEAD(牵头) | 各县（市、区）教育局* RESPONSIBLE(负责落实)
            市审计局，各县（市、区）审计局
            => 市审计局 RESPONSIBLE | 各县（市、区）审计局* RESPONSIBLE
            区发展和改革局
            => 区发展和改革局 RESPONSIBLE
            区住房和城乡建设局牵头，区自然资源和规划分局配合
            => 区住房和城乡建设局 LEAD(牵头) | 区自然资源和规划分局 SUPPORT(配合)
            区委政法委、区法院、区检察院
            => 区委政法委 RESPONSIBLE | 区法院 RESPONSIBLE | 区检察院 RESPONSIBLE
            市消防救援支队牵头，市应急管理局、市住建局配合
            => 市消防救援支队 LEAD(牵头) | 市应急管理局 SUPPORT(配合) | 市住建局 SUPPORT(配合)
            市科技局、市工信局、市发改委（按职责分工）
            => 市科技局 RESPONSIBLE(按职责分工) | 市工信局 RESPONSIBLE(按职责分工) | 市发改委 RESPONSIBLE(按职责分工)
            牵头单位：市科技局\\n配合单位：市财政局\\n责任领导：王XX
            => 市科技局 LEAD(牵头单位) | 市财政局 SUPPORT(配合单位) | 王XX@ RESPONSIBLE(责任领导)
            责任单位：市委宣传部（牵头）、市委网信办、市公安局
            => 市委宣传部 LEAD(牵头) | 市委网信办 RESPONSIBLE(责任单位) | 市公安局 RESPONSIBLE(责任单位)
            牵头单位：县发改局\\n责任单位：县直有关部门、各乡镇
            => 县发改局 LEAD(牵头单位) | 县直有关部门* RESPONSIBLE(责任单位) | 各乡镇* RESPONSIBLE(责任单位)
            县教育局、县财政局（县教育局牵头）
            => 县教育局 LEAD(牵头) | 县财政局 RESPONSIBLE
            各有关单位
            => 各有关单位* RESPONSIBLE
            各相关部门
            => 各相关部门* RESPONSIBLE
            市级各部门
            => 市级各部门* RESPONSIBLE
            镇党委、镇政府、各村（社区）
            => 镇党委 RESPONSIBLE | 镇政府 RESPONSIBLE | 各村（社区）* RESPONSIBLE
            市残联牵头，市民政局、市人社局、市卫健委、市医保局配合
            => 市残联 LEAD(牵头) | 市民政局 SUPPORT(配合) | 市人社局 SUPPORT(配合) | 市卫健委 SUPPORT(配合) | 市医保局 SUPPORT(配合)
            市住建局、市城管局、各区政府（管委会）
            => 市住建局 RESPONSIBLE | 市城管局 RESPONSIBLE | 各区政府（管委会）* RESPONSIBLE
            市卫健委、市中医药管理局
            => 市卫健委 RESPONSIBLE | 市中医药管理局 RESPONSIBLE
            县文化和旅游局、县体育中心
            => 县文化和旅游局 RESPONSIBLE | 县体育中心 RESPONSIBLE
            市委统战部、市民宗局
            => 市委统战部 RESPONSIBLE | 市民宗局 RESPONSIBLE
            市税务局牵头，市财政局、人民银行绍兴市中心支行配合
            => 市税务局 LEAD(牵头) | 市财政局 SUPPORT(配合) | 人民银行绍兴市中心支行 SUPPORT(配合)
            市发改委、市商务局、市市场监管局按照职责分工负责
            => 市发改委 RESPONSIBLE(按照职责分工负责) | 市商务局 RESPONSIBLE(按照职责分工负责) | 市市场监管局 RESPONSIBLE(按照职责分工负责)
            市司法局牵头，各县区、市直各部门按职责分工负责
            => 市司法局 LEAD(牵头) | 各县区* RESPONSIBLE(按职责分工负责) | 市直各部门* RESPONSIBLE(按职责分工负责)
            市大数据局牵头负责
            => 市大数据局 LEAD(牵头负责)
            市信访局、市委政法委
            => 市信访局 RESPONSIBLE | 市委政法委 RESPONSIBLE
            县民政局牵头，县财政局、县残联、各乡镇（街道）配合
            => 县民政局 LEAD(牵头) | 县财政局 SUPPORT(配合) | 县残联 SUPPORT(配合) | 各乡镇（街道）* SUPPORT(配合)
            1、市财政局\\n2、市审计局
            => 市财政局 RESPONSIBLE | 市审计局 RESPONSIBLE
            ①市发改委（牵头）；②市财政局
            => 市发改委 LEAD(牵头) | 市财政局 RESPONSIBLE
            市政府分管副市长、市发改委
            => 市政府分管副市长@ RESPONSIBLE | 市发改委 RESPONSIBLE
            市民政局牵头，各县（市、区）民政局具体负责
            => 市民政局 LEAD(牵头) | 各县（市、区）民政局* RESPONSIBLE(具体负责)
            市发改委牵头，市直相关单位配合，各县区政府负责落实
            => 市发改委 LEAD(牵头) | 市直相关单位* SUPPORT(配合) | 各县区政府* RESPONSIBLE(负责落实)
            市委宣传部、市委网信办、市文化广电旅游局、市融媒体中心
            => 市委宣传部 RESPONSIBLE | 市委网信办 RESPONSIBLE | 市文化广电旅游局 RESPONSIBLE | 市融媒体中心 RESPONSIBLE
            区教育局牵头，区卫健局、区公安分局、区市场监管局配合
            => 区教育局 LEAD(牵头) | 区卫健局 SUPPORT(配合) | 区公安分局 SUPPORT(配合) | 区市场监管局 SUPPORT(配合)
            各乡镇人民政府、县直各有关部门
            => 各乡镇人民政府* RESPONSIBLE | 县直各有关部门* RESPONSIBLE
            县水利局牵头，县自然资源局、县农业农村局、相关乡镇配合
            => 县水利局 LEAD(牵头) | 县自然资源局 SUPPORT(配合) | 县农业农村局 SUPPORT(配合) | 相关乡镇* SUPPORT(配合)
            市政府办公室（市外事办）
            => 市政府办公室（市外事办） RESPONSIBLE

            # Spacing, punctuation, full city names, shared owners, back references
            市发改委 、市财政局
            => 市发改委 RESPONSIBLE | 市财政局 RESPONSIBLE
            市发改委，市财政局。
            => 市发改委 RESPONSIBLE | 市财政局 RESPONSIBLE
            市发改委牵头 市财政局配合
            => 市发改委 LEAD(牵头) | 市财政局 SUPPORT(配合)
            市发改委/市财政局
            => 市发改委 RESPONSIBLE | 市财政局 RESPONSIBLE
            市发改委；市财政局
            => 市发改委 RESPONSIBLE | 市财政局 RESPONSIBLE
            各县区政府\\n市直各部门
            => 各县区政府* RESPONSIBLE | 市直各部门* RESPONSIBLE
            各县区，市直各部门、单位
            => 各县区* RESPONSIBLE | 市直各部门* RESPONSIBLE | 单位=>市直各单位* RESPONSIBLE
            鄂尔多斯市财政局、鄂尔多斯市税务局
            => 鄂尔多斯市财政局 RESPONSIBLE | 鄂尔多斯市税务局 RESPONSIBLE
            中共宁波市委宣传部、宁波市文明办
            => 中共宁波市委宣传部 RESPONSIBLE | 宁波市文明办 RESPONSIBLE
            市委、市政府
            => 市委 RESPONSIBLE | 市政府 RESPONSIBLE
            市人大常委会办公室、市政协办公室
            => 市人大常委会办公室 RESPONSIBLE | 市政协办公室 RESPONSIBLE
            各县（市、区）党委（党工委）
            => 各县（市、区）党委（党工委）* RESPONSIBLE
            市直各部门，中央、省驻市有关单位
            => 市直各部门* RESPONSIBLE | 中央、省驻市有关单位* RESPONSIBLE
            市应急管理局、市消防救援支队等部门和单位
            => 市应急管理局 RESPONSIBLE | 市消防救援支队 RESPONSIBLE
            各县（市、区）、各有关部门（单位）
            => 各县（市、区）* RESPONSIBLE | 各有关部门（单位）* RESPONSIBLE
            市公安局牵头，市委网信办、市通信管理局、各电信运营企业配合
            => 市公安局 LEAD(牵头) | 市委网信办 SUPPORT(配合) | 市通信管理局 SUPPORT(配合) | 各电信运营企业* SUPPORT(配合)
            市发改委、市财政局牵头，市直各有关部门配合，各县（市、区）人民政府负责具体落实
            => 市发改委 LEAD(牵头) | 市财政局 LEAD(牵头) | 市直各有关部门* SUPPORT(配合) | 各县（市、区）人民政府* RESPONSIBLE(负责具体落实)
            市委组织部、市人社局，各县（市、区）党委组织部、人社局
            => 市委组织部 RESPONSIBLE | 市人社局 RESPONSIBLE | 各县（市、区）党委组织部* RESPONSIBLE | 人社局=>各县（市、区）人社局* RESPONSIBLE
            市发改委、12345热线、财政局
            => 市发改委 RESPONSIBLE | 12345热线 RESPONSIBLE | 财政局 RESPONSIBLE
            各部门、各单位
            => 各部门* RESPONSIBLE | 各单位* RESPONSIBLE
            市教育局、市卫健委等部门和各县（市、区）政府
            => 市教育局 RESPONSIBLE | 市卫健委 RESPONSIBLE | 各县（市、区）政府* RESPONSIBLE
            市发展改革委等有关部门按职责分工负责
            => 市发展改革委 RESPONSIBLE(按职责分工负责) | 有关部门* RESPONSIBLE(按职责分工负责)
            市发改委、市财政局，以上单位按职责分工负责
            => 市发改委 RESPONSIBLE(按职责分工负责) | 市财政局 RESPONSIBLE(按职责分工负责)
            各县（市、区）党委、政府，市直各部门
            => 各县（市、区）党委* RESPONSIBLE | 政府=>各县（市、区）政府* RESPONSIBLE | 市直各部门* RESPONSIBLE
            区卫健局、社区卫生服务中心
            => 区卫健局 RESPONSIBLE | 社区卫生服务中心 RESPONSIBLE

            # More role phrasings
            市发改委（牵头）、市财政局、市自然资源局等部门
            => 市发改委 LEAD(牵头) | 市财政局 RESPONSIBLE | 市自然资源局 RESPONSIBLE
            市委宣传部、市文明办（排名第一的为牵头单位）
            => 市委宣传部 LEAD | 市文明办 SUPPORT
            市教育局负责牵头，市财政局配合
            => 市教育局 LEAD(负责牵头) | 市财政局 SUPPORT(配合)
            市卫健委牵头，市直相关部门按照职能分工负责
            => 市卫健委 LEAD(牵头) | 市直相关部门* RESPONSIBLE(按照职能分工负责)
            市公安局为主，市交通局配合
            => 市公安局 LEAD(为主) | 市交通局 SUPPORT(配合)
            各县区（开发区）
            => 各县区（开发区）* RESPONSIBLE
            市发改委牵头组织，市直各部门参与
            => 市发改委 LEAD(牵头组织) | 市直各部门* SUPPORT(参与)
            区政府办牵头；区直各部门、各镇街按职责分工负责
            => 区政府办 LEAD(牵头) | 区直各部门* RESPONSIBLE(按职责分工负责) | 各镇街* RESPONSIBLE(按职责分工负责)
            市委组织部（牵头）；市委编办、市人社局（配合）
            => 市委组织部 LEAD(牵头) | 市委编办 SUPPORT(配合) | 市人社局 SUPPORT(配合)
            """;

    /** One cell of the table: the column header (or null), the cell text, the expected rendering. */
    private record Cell(String header, String text, String expected) {}

    private static List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        String pending = null;
        for (String line : CELLS.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=> ")) {
                String header = null;
                String text = pending;
                int bar = pending.indexOf(" || ");
                if (bar >= 0) {
                    header = pending.substring(0, bar);
                    text = pending.substring(bar + 4);
                }
                out.add(new Cell(header, text.replace("\\n", "\n"), line.substring(3)));
                pending = null;
            } else {
                pending = line;
            }
        }
        return out;
    }

    static Stream<Arguments> table() {
        return cells().stream().map(c -> Arguments.of(c.header(), c.text(), c.expected()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("table")
    void reads_a_real_cell_into_its_units_and_roles(String header, String text, String expected) {
        assertThat(Rendered.of(ResponsibilityParser.parse(text, header))).isEqualTo(expected);
    }

    @Test
    void the_table_holds_over_three_hundred_distinct_cells() {
        List<Cell> all = cells();
        assertThat(all).hasSizeGreaterThan(300);
        assertThat(all.stream().map(c -> c.header() + "|" + c.text()).distinct().count()).isEqualTo(all.size());
    }
}
